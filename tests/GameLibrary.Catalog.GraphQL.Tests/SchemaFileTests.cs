using GameLibrary.Catalog.Host;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Testing;

using Microsoft.AspNetCore.Builder;

namespace GameLibrary.Catalog.GraphQL.Tests;

public sealed class SchemaFileTests
{
    [Fact]
    public async Task Schema_file_is_the_exported_sdl()
    {
        using TempDirectory contentRoot = new();
        await using WebApplication app = CatalogSubgraph.CreateBuilder(["--contentRoot", contentRoot.Path]).Build();
        using StringWriter output = new();
        Assert.Equal(0, await app.RunSubgraphAsync(["schema", "export"], output));

        string file = Repository.PathOf("schema", "catalog.graphql");
        string committed = File.Exists(file) ? await File.ReadAllTextAsync(file) : "";
        Assert.True(
            Normalize(committed) == Normalize(output.ToString()),
            "schema/catalog.graphql differs from the catalog subgraph's SDL. Regenerate it from the repository root with: "
            + "dotnet run --project subgraphs/catalog/GameLibrary.Catalog.Host -- schema export --output schema/catalog.graphql");
    }

    private static string Normalize(string sdl) => sdl.ReplaceLineEndings("\n").Trim();
}
