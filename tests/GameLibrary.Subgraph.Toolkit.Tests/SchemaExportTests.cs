using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Subgraph.Toolkit.Tests.Support;
using GameLibrary.Testing;

using Microsoft.AspNetCore.Builder;

namespace GameLibrary.Subgraph.Toolkit.Tests;

public sealed class SchemaExportTests
{
    [Fact]
    public async Task Schema_export_prints_the_service_sdl()
    {
        string served = await ServedSdlAsync();
        await using WebApplication app = TestSubgraph.Build();
        using StringWriter output = new();

        int exitCode = await app.RunSubgraphAsync(["schema", "export"], output);

        Assert.Equal(0, exitCode);
        Assert.Equal(served, output.ToString());
    }

    [Fact]
    public async Task Schema_export_with_output_writes_the_service_sdl_to_the_file()
    {
        string served = await ServedSdlAsync();
        using TempDirectory directory = new();
        string file = Path.Combine(directory.Path, "sample.graphql");
        await using WebApplication app = TestSubgraph.Build();
        using StringWriter output = new();

        int exitCode = await app.RunSubgraphAsync(["schema", "export", "--output", file], output);

        Assert.Equal(0, exitCode);
        Assert.Equal(served, await File.ReadAllTextAsync(file));
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Schema_export_needs_no_signing_key_even_in_Production()
    {
        await using WebApplication app = TestSubgraph.Build("Production", new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = null,
            ["ConnectionStrings:Catalog"] = "Host=db;Database=catalog",
        });
        using StringWriter output = new();

        int exitCode = await app.RunSubgraphAsync(["schema", "export"], output);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("schema @link(", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> ServedSdlAsync()
    {
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync();
        GraphQLResponse response = await subgraph.PostAsync("{ _service { sdl } }");
        return response.Data!["_service"]!["sdl"]!.GetValue<string>();
    }
}
