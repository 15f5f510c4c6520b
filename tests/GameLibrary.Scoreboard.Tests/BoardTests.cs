using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.Tests.Support;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.Tests;

/// <summary>The boards: windows, ties, regions, friends, competitions, paging; Redis and the SQL fallback agree.</summary>
public sealed class BoardTests
{
    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task A_score_at_the_last_millisecond_of_a_day_week_and_month_stays_on_that_period(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        Guid late = Guid.NewGuid();
        Guid early = Guid.NewGuid();
        DateTimeOffset lastMillisecond = new(2030, 9, 29, 23, 59, 59, 999, TimeSpan.Zero); // a Sunday, the month's penultimate day
        domain.Clock.Now = lastMillisecond;
        await domain.SubmitAsync(late, 100, playedAt: lastMillisecond);
        domain.Clock.Now = lastMillisecond.AddMilliseconds(1);
        await domain.SubmitAsync(early, 50, playedAt: domain.Clock.Now);

        Assert.Equal([early], (await domain.ReadAsync(LeaderboardWindow.Daily)).Entries.Select(e => e.UserId));
        Assert.Equal([early], (await domain.ReadAsync(LeaderboardWindow.Weekly)).Entries.Select(e => e.UserId));
        Assert.Equal([late, early], (await domain.ReadAsync(LeaderboardWindow.Monthly)).Entries.Select(e => e.UserId));
        Assert.Equal([late, early], (await domain.ReadAsync(LeaderboardWindow.AllTime)).Entries.Select(e => e.UserId));
        BoardId yesterday = new(ScoreboardDomain.Game, BoardPeriod.Of(LeaderboardWindow.Daily, lastMillisecond), null);
        Assert.Equal([late], (await domain.Leaderboards.ReadPageAsync(yesterday, 10, null, null, CancellationToken.None)).Entries.Select(e => e.UserId));

        // The month ends: a score at 00:00:00 of the 1st is on the new month's board only.
        domain.Clock.Now = new DateTimeOffset(2030, 10, 1, 0, 0, 0, TimeSpan.Zero);
        await domain.SubmitAsync(late, 10, playedAt: domain.Clock.Now.AddMilliseconds(-1));
        await domain.SubmitAsync(early, 10, playedAt: domain.Clock.Now);
        Assert.Equal([early], (await domain.ReadAsync(LeaderboardWindow.Monthly)).Entries.Select(e => e.UserId));
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task Ties_go_to_who_reached_the_score_first_and_SQL_ranks_like_Redis(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        DateTimeOffset now = domain.Clock.Now;
        Guid second = Guid.NewGuid();
        Guid first = Guid.NewGuid();
        Guid top = Guid.NewGuid();
        Guid third = Guid.NewGuid();
        await domain.SubmitAsync(second, 500, playedAt: now.AddMinutes(-5));
        await domain.SubmitAsync(first, 500, playedAt: now.AddMinutes(-10));
        await domain.SubmitAsync(top, 900, playedAt: now);
        await domain.SubmitAsync(third, 500, playedAt: now.AddMinutes(-1));

        // Equalling one's own best later does not move the entry back.
        await domain.SubmitAsync(first, 500, playedAt: now);

        BoardId board = new(ScoreboardDomain.Game, BoardPeriod.AllTime, null);
        LeaderboardPage redis = await domain.ReadRedisAsync(board);
        LeaderboardPage sql = await domain.ReadSqlAsync(board);
        Assert.Equal([(1L, top), (2L, first), (3L, second), (4L, third)], redis.Entries.Select(e => (e.Rank, e.UserId)));
        Assert.Equal(redis.TotalPlayers, sql.TotalPlayers);
        Assert.Equal(redis.Entries, sql.Entries);
        Assert.Equal(now.AddMinutes(-10), redis.Entries[1].AchievedAt);
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task Keyset_pages_with_minScore_cover_the_board_once_in_Redis_and_SQL(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend, new Dictionary<string, string?> { ["Scoreboard:AntiCheat:MaxJumpFactor"] = "0" });
        DateTimeOffset now = domain.Clock.Now;
        for (int i = 0; i < 25; i++)
        {
            // Groups of equal scores, so pages break inside ties.
            await domain.SubmitAsync(Guid.NewGuid(), 100 * (i / 4), playedAt: now.AddSeconds(-i));
        }

        BoardId board = new(ScoreboardDomain.Game, BoardPeriod.AllTime, null);
        foreach (Func<BoardCursor?, Task<LeaderboardPage>> read in new Func<BoardCursor?, Task<LeaderboardPage>>[]
        {
            after => domain.Services.GetRequiredService<RedisBoards>().ReadPageAsync(board, 3, after, 200),
            after => domain.Services.GetRequiredService<SqlBoards>().ReadPageAsync(board, 3, after, 200, CancellationToken.None),
        })
        {
            List<BoardEntry> seen = [];
            BoardCursor? after = null;
            LeaderboardPage page;
            do
            {
                page = await read(after);
                Assert.Equal(25, page.TotalPlayers);
                seen.AddRange(page.Entries);
                after = page.Entries.LastOrDefault()?.Cursor;
            }
            while (page.HasNextPage);

            Assert.Equal(17, seen.Count);
            Assert.Equal(Enumerable.Range(1, 17).Select(rank => (long)rank), seen.Select(e => e.Rank));
            Assert.All(seen, e => Assert.True(e.Score >= 200));
            Assert.Equal(seen.Count, seen.Select(e => e.UserId).Distinct().Count());
        }
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task Region_boards_hold_the_players_of_the_region_and_follow_a_region_change(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        Guid european = Guid.NewGuid();
        Guid american = Guid.NewGuid();
        await domain.RegisterAsync(european, Region.EU);
        await domain.RegisterAsync(american, Region.NA);
        await domain.SubmitAsync(european, 300);
        await domain.SubmitAsync(american, 200);

        Assert.Equal([european], (await domain.ReadAsync(LeaderboardWindow.Daily, Region.EU)).Entries.Select(e => e.UserId));
        Assert.Equal([american], (await domain.ReadAsync(LeaderboardWindow.Weekly, Region.NA)).Entries.Select(e => e.UserId));
        Assert.Equal([european, american], (await domain.ReadAsync(LeaderboardWindow.Daily)).Entries.Select(e => e.UserId));

        await domain.DeliverAsync<UsersEventHandler>(GameLibrary.Events.DomainEvent.Create("users", new UserRegionChanged(american, "EU")));

        Assert.Equal([european, american], (await domain.ReadAsync(LeaderboardWindow.Daily, Region.EU)).Entries.Select(e => e.UserId));
        Assert.Empty((await domain.ReadAsync(LeaderboardWindow.Daily, Region.NA)).Entries);
        BoardId eu = new(ScoreboardDomain.Game, BoardPeriod.Of(LeaderboardWindow.Monthly, domain.Clock.Now), Region.EU);
        Assert.Equal((await domain.ReadRedisAsync(eu)).Entries, (await domain.ReadSqlAsync(eu)).Entries);
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task A_friends_board_ranks_the_followed_players_and_the_user_among_themselves(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        Guid me = Guid.NewGuid();
        Guid friend = Guid.NewGuid();
        Guid stranger = Guid.NewGuid();
        Guid idleFriend = Guid.NewGuid();
        await domain.SubmitAsync(stranger, 1000);
        await domain.SubmitAsync(friend, 700);
        await domain.SubmitAsync(me, 400);
        BoardId board = new(ScoreboardDomain.Game, BoardPeriod.AllTime, null);

        IReadOnlyList<BoardEntry> friends = await domain.Leaderboards.ReadPlayersAsync(board, [me, friend, idleFriend], CancellationToken.None);
        IReadOnlyList<BoardEntry> fromSql = await domain.Services.GetRequiredService<SqlBoards>().ReadPlayersAsync(board, [me, friend, idleFriend], CancellationToken.None);

        Assert.Equal([(1L, friend, 700L), (2L, me, 400L)], friends.Select(e => (e.Rank, e.UserId, e.Score)));
        Assert.Equal(friends, fromSql);
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task A_competition_board_holds_only_the_scores_submitted_to_it(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        DateTimeOffset now = domain.Clock.Now;
        Guid cup = (await domain.CreateCompetitionAsync(ScoreboardDomain.Game, now.AddHours(-1), now.AddHours(1))).Id;
        Guid entrant = Guid.NewGuid();
        Guid outsider = Guid.NewGuid();
        await domain.SubmitAsync(entrant, 100, competitionId: cup);
        await domain.SubmitAsync(outsider, 900);

        BoardId board = new(ScoreboardDomain.Game, BoardPeriod.Competition(cup), null);
        Assert.Equal([entrant], (await domain.Leaderboards.ReadPageAsync(board, 10, null, null, CancellationToken.None)).Entries.Select(e => e.UserId));
        Assert.Equal([outsider, entrant], (await domain.ReadAsync()).Entries.Select(e => e.UserId));

        // Before the start and after the end it takes no scores; and it is on one game only.
        Guid later = (await domain.CreateCompetitionAsync(ScoreboardDomain.Game, now.AddHours(1), now.AddHours(2))).Id;
        await Assert.ThrowsAsync<Errors.ScoreboardException>(() => domain.SubmitAsync(entrant, 5, competitionId: later));
        await Assert.ThrowsAsync<Errors.ScoreboardException>(() => domain.SubmitAsync(entrant, 5, gameId: ScoreboardDomain.OtherGame, competitionId: cup));
    }
}
