using GameLibrary.Testing;
using GameLibrary.Scoreboard.GraphQL.Tests.Support;
using GameLibrary.Subgraph.Toolkit.Hosting;

namespace GameLibrary.Scoreboard.GraphQL.Tests;

/// <summary>schema/scoreboard.graphql is what composition reads; it must be the SDL the subgraph serves.</summary>
public sealed class SchemaFileTests
{
    private const string Regenerate =
        "dotnet run --project subgraphs/scoreboard/GameLibrary.Scoreboard.Host -- schema export --output schema/scoreboard.graphql";

    [Fact]
    public async Task The_checked_in_schema_is_the_exported_SDL()
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres: false);
        using StringWriter output = new();

        Assert.Equal(0, await api.App.RunSubgraphAsync(["schema", "export"], output));

        string file = Repository.PathOf("schema", "scoreboard.graphql");
        Assert.True(File.Exists(file), $"{file} is missing. Regenerate it with: {Regenerate}");
        Assert.True(
            string.Equals(await File.ReadAllTextAsync(file), output.ToString(), StringComparison.Ordinal),
            $"schema/scoreboard.graphql differs from the scoreboard subgraph's SDL. Regenerate it with: {Regenerate}");
    }

    [Fact]
    public async Task FriendsLeaderboard_requires_the_external_followingIds()
    {
        await using ScoreboardApi api = await ScoreboardApi.StartAsync(postgres: false);

        string sdl = (await api.PostAsync("{ _service { sdl } }")).Ok["_service"]!["sdl"]!.GetValue<string>();

        Assert.Contains("followingIds: [ID!]! @external", sdl, StringComparison.Ordinal);
        Assert.Contains("@requires(fields: \"followingIds\")", sdl, StringComparison.Ordinal);
    }
}
