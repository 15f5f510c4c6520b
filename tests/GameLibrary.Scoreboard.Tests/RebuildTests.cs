using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.Tests;

/// <summary>A rebuild from SQL reproduces the live boards exactly; erasure leaves no trace.</summary>
public sealed class RebuildTests
{
    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task A_rebuild_reproduces_the_live_boards_exactly(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend, new Dictionary<string, string?>
        {
            ["Scoreboard:AntiCheat:MaxJumpFactor"] = "0",
            ["Scoreboard:AntiCheat:MaxBurst"] = "0",
        });
        DateTimeOffset now = domain.Clock.Now;
        Guid cup = (await domain.CreateCompetitionAsync(ScoreboardDomain.Game, now.AddDays(-1), now.AddDays(1))).Id;
        Random random = new(7);
        List<Guid> players = [.. Enumerable.Range(0, 12).Select(_ => Guid.NewGuid())];
        foreach (Guid player in players.Take(8))
        {
            await domain.RegisterAsync(player, (Region)random.Next(5));
        }

        for (int i = 0; i < 60; i++)
        {
            domain.Clock.Now = now.AddMinutes(10 * i);
            bool competing = i < 20 && random.Next(2) == 0;
            await domain.SubmitAsync(
                players[random.Next(players.Count)],
                random.Next(0, 40) * 10,
                gameId: competing || random.Next(2) == 0 ? ScoreboardDomain.Game : ScoreboardDomain.OtherGame,
                playedAt: domain.Clock.Now.AddMinutes(-random.Next(0, 600)),
                competitionId: competing ? cup : null);
        }

        SortedDictionary<string, string> live = await domain.DumpBoardsAsync();
        Assert.NotEmpty(live);

        int rebuilt = await domain.Services.GetRequiredService<BoardRebuilder>().RebuildAsync(CancellationToken.None);

        SortedDictionary<string, string> after = await domain.DumpBoardsAsync();
        Assert.Equal(string.Join("\n", live.Keys), string.Join("\n", after.Keys));
        foreach ((string key, string value) in live)
        {
            Assert.Equal(key + " " + value, key + " " + after[key]);
        }

        Assert.Equal(live.Count / 2, rebuilt);
        Assert.True(await domain.Services.GetRequiredService<BoardRebuilder>().IsBuiltAsync());
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task A_deleted_user_is_erased_from_SQL_and_every_board(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        Guid leaving = Guid.NewGuid();
        Guid staying = Guid.NewGuid();
        await domain.RegisterAsync(leaving, Region.EU);
        await domain.SubmitAsync(leaving, 900);
        await domain.SubmitAsync(leaving, 50, gameId: ScoreboardDomain.OtherGame);
        await domain.SubmitAsync(staying, 100);

        await domain.DeliverAsync<UsersEventHandler>(GameLibrary.Events.DomainEvent.Create("users", new UserDeleted(leaving)));

        SortedDictionary<string, string> boards = await domain.DumpBoardsAsync();
        Assert.DoesNotContain(boards.Values, value => value.Contains(leaving.ToString("N"), StringComparison.Ordinal));
        Assert.Equal([staying], (await domain.ReadAsync()).Entries.Select(e => e.UserId));
        await domain.RunAsync(async services =>
        {
            ScoreboardDbContext db = services.GetRequiredService<ScoreboardDbContext>();
            Assert.False(await db.Scores.AnyAsync(s => s.UserId == leaving));
            Assert.False(await db.BestScores.AnyAsync(s => s.UserId == leaving));
            Assert.False(await db.AuditRecords.AnyAsync(s => s.UserId == leaving));
            Assert.False(await db.Achievements.AnyAsync(s => s.UserId == leaving));
            Assert.False(await db.PlayerRegions.AnyAsync(s => s.UserId == leaving));
            return true;
        });

        // A rebuild agrees: nothing of the user comes back.
        await domain.Services.GetRequiredService<BoardRebuilder>().RebuildAsync(CancellationToken.None);
        Assert.Equal(boards, await domain.DumpBoardsAsync());
    }
}
