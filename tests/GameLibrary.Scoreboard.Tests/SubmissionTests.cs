using GameLibrary.Events;
using GameLibrary.Scoreboard.Audit;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Errors;
using GameLibrary.Scoreboard.Events;
using GameLibrary.Scoreboard.Scores;
using GameLibrary.Scoreboard.Tests.Support;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.Tests;

/// <summary>submitScore's guarantees, on PostgreSQL + Redis and on SQLite + Garnet.</summary>
public sealed class SubmissionTests
{
    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task Hundred_concurrent_retries_store_one_score_and_get_the_same_answer(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        Guid player = Guid.NewGuid();

        SubmissionResult[] answers = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => domain.SubmitAsync(player, 1234, key: "retry-key-0001"))));

        Score stored = Assert.Single(await domain.ScoresAsync());
        Assert.All(answers, answer =>
        {
            Assert.Equal(stored.Id, answer.Score.Id);
            Assert.Equal(ScoreStatus.Accepted, answer.Score.Status);
            Assert.Equal(1, answer.Rank);
        });
        Assert.Single(answers, answer => !answer.Duplicate);
        Assert.Single(await domain.OutboxAsync(), m => m.Type == nameof(ScoreSubmitted));
        Assert.Equal([(1L, player, 1234L)], (await domain.ReadAsync()).Entries.Select(e => (e.Rank, e.UserId, e.Score)));
        List<AuditRecord> audit = await domain.RunAsync(s => s.GetRequiredService<ScoreboardDbContext>().AuditRecords.ToListAsync());
        Assert.Equal(1, audit.Count(a => a.Outcome == AuditOutcome.Accepted));
        Assert.Equal(99, audit.Count(a => a.Outcome == AuditOutcome.Duplicate));
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task Reusing_a_key_for_another_score_or_game_is_a_conflict_and_changes_nothing(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        Guid player = Guid.NewGuid();
        await domain.SubmitAsync(player, 100, key: "first-key-01");

        ScoreboardException otherScore = await Assert.ThrowsAsync<ScoreboardException>(() => domain.SubmitAsync(player, 101, key: "first-key-01"));
        ScoreboardException otherGame = await Assert.ThrowsAsync<ScoreboardException>(
            () => domain.SubmitAsync(player, 100, gameId: ScoreboardDomain.OtherGame, key: "first-key-01"));

        Assert.Equal(ScoreboardErrorCodes.Conflict, otherScore.Code);
        Assert.Equal(ScoreboardErrorCodes.Conflict, otherGame.Code);
        Assert.Equal("idempotencyKey", otherScore.Field);
        Assert.Equal(100, Assert.Single(await domain.ScoresAsync()).Value);

        // Another player may use the same key: keys are per player.
        SubmissionResult other = await domain.SubmitAsync(Guid.NewGuid(), 50, key: "first-key-01");
        Assert.False(other.Duplicate);
    }

    public static TheoryData<Backend, string> InvalidSubmissions()
    {
        TheoryData<Backend, string> data = [];
        foreach (Backend backend in Enum.GetValues<Backend>())
        {
            foreach (string field in new[] { "score", "idempotencyKey", "playedAt-future", "playedAt-old", "gameId", "competitionId" })
            {
                data.Add(backend, field);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidSubmissions))]
    public async Task Each_invalid_field_is_refused_with_its_name_and_audited(Backend backend, string @case)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        DateTimeOffset now = domain.Clock.Now;
        Guid ended = (await domain.CreateCompetitionAsync(ScoreboardDomain.Game, now.AddDays(-3), now.AddDays(-1))).Id;
        Guid player = Guid.NewGuid();

        ScoreboardException refusal = await Assert.ThrowsAsync<ScoreboardException>(() => @case switch
        {
            "score" => domain.SubmitAsync(player, -1),
            "idempotencyKey" => domain.SubmitAsync(player, 10, key: "bad key!"),
            "playedAt-future" => domain.SubmitAsync(player, 10, playedAt: now.AddSeconds(31)),
            "playedAt-old" => domain.SubmitAsync(player, 10, playedAt: now.AddHours(-24).AddMilliseconds(-1)),
            "gameId" => domain.SubmitAsync(player, 10, gameId: 999),
            _ => domain.SubmitAsync(player, 10, competitionId: ended),
        });

        Assert.Equal(ScoreboardErrorCodes.BadUserInput, refusal.Code);
        Assert.Equal(@case.Split('-')[0], refusal.Field);
        Assert.Empty(await domain.ScoresAsync());
        AuditRecord audit = Assert.Single(await domain.RunAsync(s => s.GetRequiredService<ScoreboardDbContext>().AuditRecords.ToListAsync()));
        Assert.Equal(AuditOutcome.Rejected, audit.Outcome);
        Assert.StartsWith(@case.Split('-')[0], audit.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task The_limits_of_playedAt_are_accepted(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        DateTimeOffset now = domain.Clock.Now;

        await domain.SubmitAsync(Guid.NewGuid(), 10, playedAt: now.AddSeconds(30));
        await domain.SubmitAsync(Guid.NewGuid(), 10, playedAt: now.AddHours(-24));

        Assert.Equal(2, (await domain.ScoresAsync()).Count);
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task The_rate_limit_slides_and_says_when_to_retry(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend, new Dictionary<string, string?>
        {
            ["Scoreboard:RateLimit:PermitLimit"] = "3",
            ["Scoreboard:AntiCheat:MaxBurst"] = "0",
        });
        Guid player = Guid.NewGuid();
        await domain.SubmitAsync(player, 1);
        domain.Clock.Advance(TimeSpan.FromSeconds(20));
        await domain.SubmitAsync(player, 2);
        await domain.SubmitAsync(player, 3);

        ScoreboardException limited = await Assert.ThrowsAsync<ScoreboardException>(() => domain.SubmitAsync(player, 4));

        Assert.Equal(ScoreboardErrorCodes.RateLimited, limited.Code);
        Assert.Equal(40, limited.RetryAfterSeconds);

        // Another game has its own window; a retry of a stored key is not counted.
        await domain.SubmitAsync(player, 5, gameId: ScoreboardDomain.OtherGame);

        // The first submission leaves the window 60 s after it was made.
        domain.Clock.Advance(TimeSpan.FromSeconds(39));
        await Assert.ThrowsAsync<ScoreboardException>(() => domain.SubmitAsync(player, 6));
        domain.Clock.Advance(TimeSpan.FromSeconds(1));
        await domain.SubmitAsync(player, 7);
        Assert.Equal(5, (await domain.ScoresAsync()).Count);
        Assert.Equal(2, (await domain.RunAsync(s => s.GetRequiredService<ScoreboardDbContext>().AuditRecords.ToListAsync()))
            .Count(a => a.Outcome == AuditOutcome.RateLimited));
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task Flagged_scores_stay_off_every_board_until_an_admin_accepts_them(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend, new Dictionary<string, string?>
        {
            ["Scoreboard:AntiCheat:MaxScoreByGame:1"] = "1000",
        });
        Guid cheater = Guid.NewGuid();
        Guid honest = Guid.NewGuid();
        await domain.SubmitAsync(honest, 500);

        SubmissionResult flagged = await domain.SubmitAsync(cheater, 5000);

        Assert.Equal(ScoreStatus.Flagged, flagged.Score.Status);
        Assert.Null(flagged.Rank);
        Assert.Contains("maximum", flagged.Score.FlagReason, StringComparison.Ordinal);
        foreach (LeaderboardWindow window in Enum.GetValues<LeaderboardWindow>())
        {
            Assert.DoesNotContain((await domain.ReadAsync(window)).Entries, e => e.UserId == cheater);
        }

        Assert.Single(await domain.OutboxAsync(), m => m.Type == nameof(ScoreSubmitted));

        Score reviewed = await domain.RunAsync<ScoreService, Score>(service =>
            service.ReviewAsync(flagged.Score.Id, accept: true, Guid.NewGuid(), "127.0.0.1", "tests", CancellationToken.None));

        Assert.Equal(ScoreStatus.Accepted, reviewed.Status);
        Assert.Equal(cheater, (await domain.ReadAsync()).Entries[0].UserId);
        Assert.Equal(cheater, (await domain.ReadAsync(LeaderboardWindow.Daily)).Entries[0].UserId);
        List<OutboxMessage> events = [.. (await domain.OutboxAsync()).Where(m => m.Type == nameof(ScoreSubmitted))];
        Assert.Equal(2, events.Count);
        Assert.Equal(flagged.Score.Id, new DomainEvent(events[1].EventId, events[1].Log, events[1].Type, events[1].OccurredAt, events[1].Payload)
            .GetPayload<ScoreSubmitted>().ScoreId);
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task A_jump_over_the_factor_and_a_burst_are_flagged_and_a_rejected_score_stays_off(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend, new Dictionary<string, string?>
        {
            ["Scoreboard:AntiCheat:MaxJumpFactor"] = "10",
            ["Scoreboard:AntiCheat:MaxBurst"] = "3",
        });
        Guid player = Guid.NewGuid();
        await domain.SubmitAsync(player, 200);

        SubmissionResult jump = await domain.SubmitAsync(player, 2001);
        Assert.Equal(ScoreStatus.Flagged, jump.Score.Status);
        Assert.Equal(ScoreStatus.Accepted, (await domain.SubmitAsync(player, 2000)).Score.Status);
        Assert.Equal(ScoreStatus.Flagged, (await domain.SubmitAsync(player, 10)).Score.Status);

        await domain.RunAsync<ScoreService, Score>(service =>
            service.ReviewAsync(jump.Score.Id, accept: false, Guid.NewGuid(), "127.0.0.1", "tests", CancellationToken.None));
        Assert.Equal(2000, (await domain.ReadAsync()).Entries.Single().Score);
        await Assert.ThrowsAsync<ScoreboardException>(() => domain.RunAsync<ScoreService, Score>(service =>
            service.ReviewAsync(jump.Score.Id, accept: true, Guid.NewGuid(), "127.0.0.1", "tests", CancellationToken.None)));
    }

    [Theory]
    [InlineData(Backend.PostgresRedis)]
    [InlineData(Backend.SqliteGarnet)]
    public async Task ScoreSubmitted_carries_the_contract(Backend backend)
    {
        await using ScoreboardDomain domain = await ScoreboardDomain.StartAsync(backend);
        Guid player = Guid.NewGuid();
        await domain.RegisterAsync(player, Players.Region.EU);
        DateTimeOffset playedAt = domain.Clock.Now.AddMinutes(-5);

        SubmissionResult result = await domain.SubmitAsync(player, 321, playedAt: playedAt);

        OutboxMessage message = Assert.Single(await domain.OutboxAsync(), m => m.Type == "ScoreSubmitted");
        Assert.Equal(domain.EventLog, message.Log);
        ScoreSubmitted payload = new DomainEvent(message.EventId, message.Log, message.Type, message.OccurredAt, message.Payload).GetPayload<ScoreSubmitted>();
        Assert.Equal(new ScoreSubmitted(result.Score.Id, player, ScoreboardDomain.Game, 321, playedAt, "EU"), payload);
    }
}
