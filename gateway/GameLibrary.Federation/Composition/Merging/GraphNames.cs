using System.Text.RegularExpressions;

namespace GameLibrary.Federation.Composition.Merging;

/// <summary>The <c>join__Graph</c> value of each subgraph: its name upper-cased and made a valid GraphQL name, made unique with _1, _2.</summary>
internal static partial class GraphNames
{
    public static IReadOnlyList<string> For(IReadOnlyList<string> subgraphNames)
    {
        var sanitized = subgraphNames.Select(Sanitize).ToList();
        return sanitized.Select((name, i) =>
        {
            var same = sanitized.Select((n, j) => (n, j)).Where(x => x.n == name).Select(x => x.j).ToList();
            return same.Count == 1 ? name : $"{name}_{same.IndexOf(i) + 1}";
        }).ToList();
    }

    private static string Sanitize(string name)
    {
        var result = NonWord().Replace(name, "_");
        if (result.Length > 0 && char.IsAsciiDigit(result[0]))
        {
            result = "_" + result;
        }

        // A trailing "_<digits>" could collide with the de-duplication suffix.
        if (TrailingNumber().IsMatch(result))
        {
            result += "_";
        }

        return result.ToUpperInvariant();
    }

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"_\d+$")]
    private static partial Regex TrailingNumber();
}
