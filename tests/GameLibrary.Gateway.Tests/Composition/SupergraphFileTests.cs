using System.Text.Json.Nodes;

using GameLibrary.Gateway.Cli;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests.Composition;

/// <summary><c>schema/supergraph.graphql</c> is exactly what the repository's way to recompose makes of <c>schema/subgraphs.json</c>.</summary>
public sealed class SupergraphFileTests
{
    private const string Recompose =
        "dotnet run --project gateway/GameLibrary.Gateway -- compose --manifest schema/subgraphs.json --output schema/supergraph.graphql";

    private static readonly string SchemaDirectory = Repository.PathOf("schema");

    [Fact]
    public async Task Supergraph_file_is_the_composition_of_the_manifest()
    {
        using TempDirectory directory = new();
        string composed = Path.Combine(directory.Path, "supergraph.graphql");
        using StringWriter error = new();

        int exitCode = await GatewayCommandLine.InvokeAsync(
            ["compose", "--manifest", Path.Combine(SchemaDirectory, "subgraphs.json"), "--output", composed],
            TextWriter.Null,
            error);

        Assert.True(exitCode == 0, $"schema/subgraphs.json does not compose:\n{error}");
        string committed = Path.Combine(SchemaDirectory, "supergraph.graphql");
        Assert.True(
            File.Exists(committed) && await File.ReadAllTextAsync(committed) == await File.ReadAllTextAsync(composed),
            $"schema/supergraph.graphql is stale: it differs from the composition of schema/subgraphs.json. Regenerate it from the repository root with: {Recompose}");
    }

    [Fact]
    public void Manifest_lists_every_exported_subgraph_schema()
    {
        JsonArray manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaDirectory, "subgraphs.json")))!.AsArray();
        IEnumerable<string?> listed = manifest.Select(entry => entry!["schema"]?.GetValue<string>()).Order(StringComparer.Ordinal);
        IEnumerable<string> exported = Directory.GetFiles(SchemaDirectory, "*.graphql")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != "supergraph.graphql")
            .Order(StringComparer.Ordinal);

        Assert.Equal(exported, listed);
    }
}
