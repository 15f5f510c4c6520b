using System.Text.Json;

namespace GameLibrary.AppHost.Output;

/// <summary>
/// Renders a line of the hosts' JSON console log (<c>{"LogLevel":"Information","Category":…,"Message":…}</c>) the way
/// the simple console formatter would, short enough to read beside the other services; other lines pass unchanged.
/// </summary>
internal static class JsonLogLine
{
    /// <summary>The readable form of <paramref name="line"/>: <c>info: Category: message</c> plus any exception on following lines.</summary>
    /// <param name="line">One line of a child's output.</param>
    public static string Render(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.StartsWith('{'))
        {
            return line;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !TryGetString(root, "LogLevel", out string? level)
                || !TryGetString(root, "Message", out string? message))
            {
                return line;
            }

            string category = TryGetString(root, "Category", out string? name) ? $"{ShortCategory(name)}: " : "";
            string rendered = $"{ShortLevel(level)}: {category}{message}";
            return TryGetString(root, "Exception", out string? exception) && exception.Length > 0 ? $"{rendered}\n{exception}" : rendered;
        }
        catch (JsonException)
        {
            return line;
        }
    }

    private static bool TryGetString(JsonElement element, string property, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = element.TryGetProperty(property, out JsonElement found) && found.ValueKind == JsonValueKind.String ? found.GetString() : null;
        return value is not null;
    }

    // The category's last segment: "Microsoft.Hosting.Lifetime" says no more than "Lifetime" beside a service name.
    private static string ShortCategory(string category) => category[(category.LastIndexOf('.') + 1)..];

    private static string ShortLevel(string level) => level switch
    {
        "Trace" => "trce",
        "Debug" => "dbug",
        "Information" => "info",
        "Warning" => "warn",
        "Error" => "fail",
        "Critical" => "crit",
        _ => level,
    };
}
