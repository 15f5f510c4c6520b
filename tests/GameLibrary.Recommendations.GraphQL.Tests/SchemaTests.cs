using GameLibrary.Testing;
using GameLibrary.Recommendations.GraphQL.Tests.Support;
using GameLibrary.Subgraph.Toolkit.Hosting;

namespace GameLibrary.Recommendations.GraphQL.Tests;

/// <summary>schema/recommendations.graphql is what composition reads; it must be the SDL the subgraph serves.</summary>
public sealed class SchemaTests
{
    private const string Regenerate =
        "dotnet run --project subgraphs/recommendations/GameLibrary.Recommendations.Host -- schema export --output schema/recommendations.graphql";

    [Fact]
    public async Task The_checked_in_schema_is_the_exported_SDL()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync(realServers: false);
        using StringWriter output = new();

        Assert.Equal(0, await api.App.RunSubgraphAsync(["schema", "export"], output));

        string file = Repository.PathOf("schema", "recommendations.graphql");
        Assert.True(File.Exists(file), $"{file} is missing. Regenerate it with: {Regenerate}");
        Assert.True(
            string.Equals(await File.ReadAllTextAsync(file), output.ToString(), StringComparison.Ordinal),
            $"schema/recommendations.graphql differs from the recommendations subgraph's SDL. Regenerate it with: {Regenerate}");
    }

    [Fact]
    public async Task The_subgraph_extends_Game_and_User_by_their_keys()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync(realServers: false);

        string sdl = (await api.PostAsync("{ _service { sdl } }")).Ok["_service"]!["sdl"]!.GetValue<string>();

        Assert.Contains("type Game @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.Contains("type User @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.Contains("union _Entity = Game | User", sdl, StringComparison.Ordinal);
    }
}
