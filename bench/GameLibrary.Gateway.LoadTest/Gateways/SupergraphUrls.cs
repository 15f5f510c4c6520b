using System.Text.RegularExpressions;

namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>Writes real subgraph URLs into a supergraph's <c>@join__graph(name:, url:)</c> directives.</summary>
internal static partial class SupergraphUrls
{
    /// <summary>The supergraph text with each named subgraph's URL replaced; other subgraphs keep theirs.</summary>
    public static string Replace(string supergraph, IReadOnlyDictionary<string, string> urls) =>
        JoinGraph().Replace(supergraph, match => urls.TryGetValue(match.Groups["name"].Value, out string? url)
            ? $"@join__graph(name: \"{match.Groups["name"].Value}\", url: \"{url}\")"
            : match.Value);

    [GeneratedRegex("""@join__graph\(name: "(?<name>[^"]+)", url: "[^"]*"\)""")]
    private static partial Regex JoinGraph();
}
