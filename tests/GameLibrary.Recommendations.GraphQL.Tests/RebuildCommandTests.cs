using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.GraphQL.Tests.Support;
using GameLibrary.Recommendations.Host;

namespace GameLibrary.Recommendations.GraphQL.Tests;

public sealed class RebuildCommandTests
{
    [Fact]
    public async Task The_rebuild_command_replays_every_log_into_an_empty_read_model()
    {
        await using RecommendationsApi api = await RecommendationsApi.StartAsync(start: false);
        foreach (GameCreated game in Catalog.Games)
        {
            await api.PublishAsync(api.CatalogLog, game);
        }

        Guid player = Guid.NewGuid();
        await api.PublishAsync(api.UsersLog, new GameRated(player, 1, 9));
        await api.PublishAsync(api.ScoreboardLog, new ScoreSubmitted(Guid.NewGuid(), player, 2, 10, DateTimeOffset.UtcNow, null));
        using StringWriter output = new();

        Assert.Equal(0, await RebuildCommand.RunAsync(api.App, ["rebuild"], output));
        Assert.Equal($"Rebuilt the recommendations read model from 8 events.{Environment.NewLine}", output.ToString());

        // Again: the same events, the same result.
        using StringWriter again = new();
        Assert.Equal(0, await RebuildCommand.RunAsync(api.App, ["rebuild"], again));
        Assert.Equal(output.ToString(), again.ToString());
    }
}
