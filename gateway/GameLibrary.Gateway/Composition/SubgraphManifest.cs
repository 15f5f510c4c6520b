using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.Composition;

/// <summary>
/// A JSON list of the subgraphs to compose, <c>[{"name": …, "url": …, "schema": …}, …]</c> (<c>schema/subgraphs.json</c>):
/// <c>schema</c> is an SDL file relative to the manifest; without it the SDL is fetched from <c>url</c>.
/// </summary>
internal static class SubgraphManifest
{
    private static readonly string[] Members = ["name", "url", "schema"];

    /// <summary>Reads the manifest; throws <see cref="SubgraphSourceException"/> naming the file and the problem.</summary>
    public static IReadOnlyList<SubgraphSource> Read(string path)
    {
        string fullPath = Path.GetFullPath(path);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(fullPath));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SubgraphSourceException($"The manifest '{fullPath}' does not exist.", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new SubgraphSourceException($"The manifest '{fullPath}' cannot be read: {exception.Message}", exception);
        }

        if (root is not JsonArray entries || entries.Count == 0)
        {
            throw new SubgraphSourceException($"The manifest '{fullPath}' must be a non-empty JSON array of {{\"name\", \"url\", \"schema\"}} objects.");
        }

        string directory = Path.GetDirectoryName(fullPath)!;
        List<SubgraphSource> sources = [];
        for (int index = 0; index < entries.Count; index++)
        {
            sources.Add(ReadEntry(entries[index], $"The manifest '{fullPath}', entry {index}", directory));
        }

        return sources;
    }

    private static SubgraphSource ReadEntry(JsonNode? node, string where, string directory)
    {
        if (node is not JsonObject entry)
        {
            throw new SubgraphSourceException($"{where}: must be an object with \"name\", \"url\" and optionally \"schema\".");
        }

        if (entry.Select(member => member.Key).FirstOrDefault(key => !Members.Contains(key, StringComparer.Ordinal)) is { } unknown)
        {
            throw new SubgraphSourceException($"{where}: unknown member \"{unknown}\" (expected \"name\", \"url\", \"schema\").");
        }

        string name = RequiredString(entry, "name", where);
        string urlText = RequiredString(entry, "url", where);
        if (SubgraphSource.ParseUrl(urlText) is not { } url)
        {
            throw new SubgraphSourceException($"{where}: the URL of subgraph '{name}' must be an absolute http or https URL, not '{urlText}'.");
        }

        string? schema = entry["schema"] is null ? null : RequiredString(entry, "schema", where);
        return new SubgraphSource(name, url, schema is null ? null : Path.GetFullPath(Path.Combine(directory, schema)));
    }

    private static string RequiredString(JsonObject entry, string member, string where) =>
        entry[member] is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0
            ? text
            : throw new SubgraphSourceException($"{where}: \"{member}\" must be a non-empty string.");
}
