namespace GameLibrary.Federation.Composition.Printing;

/// <summary>Descriptions as Apollo prints them: <c>"""text"""</c> on one line when short, otherwise on their own lines.</summary>
internal static class BlockString
{
    private const int MaxSingleLineLength = 70;

    /// <summary>The description followed by a line break, indented, or "" when there is none.</summary>
    /// <param name="description">The description, or null.</param>
    /// <param name="indentation">The indentation of the described element.</param>
    /// <param name="firstInBlock">False adds an empty line before it, to separate it from the previous member.</param>
    public static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + Print(description, description.Length > MaxSingleLineLength).Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    private static string Print(string value, bool preferMultipleLines)
    {
        var isSingleLine = !value.Contains('\n', StringComparison.Ordinal);
        var hasLeadingSpace = value.Length > 0 && value[0] is ' ' or '\t';
        var multipleLines = !isSingleLine || value.EndsWith('"') || value.EndsWith('\\') || preferMultipleLines;
        var result = multipleLines && !(isSingleLine && hasLeadingSpace) ? "\n" + value : value;
        if (multipleLines)
        {
            result += "\n";
        }

        return "\"\"\"" + result.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal) + "\"\"\"";
    }
}
