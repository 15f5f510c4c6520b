using System.Globalization;

using GameLibrary.Events;
using GameLibrary.Scoreboard.Achievements;
using GameLibrary.Scoreboard.AntiCheat;
using GameLibrary.Scoreboard.Audit;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.Errors;
using GameLibrary.Scoreboard.Events;
using GameLibrary.Scoreboard.Live;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.RateLimiting;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.Scores;

/// <summary>
/// Submits and reviews scores. SQL decides: the score, its audit record, its best-score rows, its achievements and its
/// outbox events commit in one transaction before the caller is answered; the unique (player, key) index makes a
/// submission count once however many retries race. Redis boards and live feeds are updated after the commit; when
/// that fails the boards are marked for repair from SQL.
/// </summary>
/// <param name="db">The request's context.</param>
/// <param name="leaderboards">The boards.</param>
/// <param name="rateLimiter">The sliding-window limit.</param>
/// <param name="antiCheat">The plausibility rules.</param>
/// <param name="achievements">Unlocks achievements.</param>
/// <param name="bus">Announces changes to live subscribers.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="options">The scoreboard options.</param>
public sealed class ScoreService(
    ScoreboardDbContext db,
    Leaderboards leaderboards,
    SubmissionRateLimiter rateLimiter,
    AntiCheatRules antiCheat,
    AchievementService achievements,
    LiveBus bus,
    TimeProvider timeProvider,
    IOptions<ScoreboardOptions> options)
{
    /// <summary>Submits a score for the signed-in player.</summary>
    /// <param name="command">The submission.</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <exception cref="ScoreboardException">Invalid input, a conflicting key, or the rate limit.</exception>
    public async Task<SubmissionResult> SubmitAsync(SubmitScoreCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        DateTimeOffset now = timeProvider.GetUtcNow();
        ScoreboardOptions settings = options.Value;
        if (!ScoreRules.IsValidKey(command.IdempotencyKey))
        {
            await RefuseAsync(command, "idempotencyKey", $"The idempotency key is {ScoreRules.MinKeyLength}–{ScoreRules.MaxKeyLength} characters of A–Z, a–z, 0–9, '_' and '-'.", now, cancellationToken).ConfigureAwait(false);
        }

        // One round trip for the stored score, the game and the region (they were three).
        SubmissionFacts facts = await SubmissionFacts.ReadAsync(db, command.UserId, command.IdempotencyKey, command.GameId, cancellationToken).ConfigureAwait(false);

        // A retry is answered before anything else is checked: its first answer stands even when, say, playedAt has aged since.
        if (facts.StoredScoreId is { } storedId
            && await db.Scores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storedId, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return await AnswerRetryAsync(stored, command, now, cancellationToken).ConfigureAwait(false);
        }

        if (command.Score < 0)
        {
            await RefuseAsync(command, "score", "The score must be 0 or more.", now, cancellationToken).ConfigureAwait(false);
        }

        DateTimeOffset playedAt = Time.Truncate(command.PlayedAt ?? now);
        if (playedAt > now + settings.FutureTolerance)
        {
            await RefuseAsync(command, "playedAt", string.Create(CultureInfo.InvariantCulture, $"playedAt lies more than {settings.FutureTolerance.TotalSeconds} s in the future."), now, cancellationToken).ConfigureAwait(false);
        }

        if (playedAt < now - settings.MaxAge)
        {
            await RefuseAsync(command, "playedAt", string.Create(CultureInfo.InvariantCulture, $"playedAt is more than {settings.MaxAge.TotalHours} hours old."), now, cancellationToken).ConfigureAwait(false);
        }

        if (facts.KnownGames == 0)
        {
            await RefuseAsync(command, "gameId", string.Create(CultureInfo.InvariantCulture, $"No game has the id {command.GameId}."), now, cancellationToken).ConfigureAwait(false);
        }

        if (command.CompetitionId is { } competitionId)
        {
            string? problem = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == competitionId, cancellationToken).ConfigureAwait(false) switch
            {
                null => "No competition has this id.",
                { } competition when competition.GameId != command.GameId => "The competition is on another game.",
                { } competition when competition.StateAt(now) != Competitions.CompetitionState.Open => "The competition is not open.",
                { } competition when playedAt < competition.StartsAt || playedAt >= competition.EndsAt => "The score was played outside the competition.",
                _ => null,
            };
            if (problem is not null)
            {
                await RefuseAsync(command, "competitionId", problem, now, cancellationToken).ConfigureAwait(false);
            }
        }

        RateLimitDecision limit = await rateLimiter.TryAcquireAsync(command.UserId, command.GameId, command.IdempotencyKey).ConfigureAwait(false);
        if (!limit.Allowed)
        {
            await AuditAsync(command, null, AuditOutcome.RateLimited, null, now, cancellationToken).ConfigureAwait(false);
            throw new ScoreboardException(
                ScoreboardErrorCodes.RateLimited,
                string.Create(CultureInfo.InvariantCulture, $"Too many submissions for this game: at most {settings.RateLimit.PermitLimit} in {settings.RateLimit.Window.TotalSeconds} s. Retry in {limit.RetryAfterSeconds} s."),
                retryAfterSeconds: limit.RetryAfterSeconds);
        }

        string? flag = await antiCheat.CheckAsync(db, command.UserId, command.GameId, command.Score, now, cancellationToken).ConfigureAwait(false);
        Region? region = facts.PlayerRegion;
        Score score = new()
        {
            Id = Guid.CreateVersion7(now),
            UserId = command.UserId,
            GameId = command.GameId,
            Value = command.Score,
            IdempotencyKey = command.IdempotencyKey,
            PlayedAt = playedAt,
            SubmittedAt = Time.Truncate(now),
            CompetitionId = command.CompetitionId,
            Status = flag is null ? ScoreStatus.Accepted : ScoreStatus.Flagged,
            FlagReason = flag,
        };

        AchievementProgress? progress = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            db.Scores.Add(score);
            db.AuditRecords.Add(Record(command, score.Id, flag is null ? AuditOutcome.Accepted : AuditOutcome.Flagged, flag, now));
            if (score.Status == ScoreStatus.Accepted)
            {
                AddScoreSubmitted(score, region);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // The unique (player, key) index refused it: a concurrent retry committed first.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                if (await FindAsync(command.UserId, command.IdempotencyKey, cancellationToken).ConfigureAwait(false) is not { } winner)
                {
                    throw;
                }

                return await AnswerRetryAsync(winner, command, now, cancellationToken).ConfigureAwait(false);
            }

            if (score.Status == ScoreStatus.Accepted)
            {
                progress = await AcceptAsync(score, facts.Held, now, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        long? rank = progress is not null
            ? await PublishAcceptedAsync(score, region, progress, now).ConfigureAwait(false)
            : null;
        return new SubmissionResult(score, rank, Duplicate: false);
    }

    /// <summary>An admin accepts (onto the boards) or rejects a flagged score.</summary>
    /// <param name="scoreId">The score.</param>
    /// <param name="accept">Whether to accept it.</param>
    /// <param name="adminId">The reviewing admin.</param>
    /// <param name="clientAddress">The admin's address, for the audit log.</param>
    /// <param name="userAgent">The admin's user agent.</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <exception cref="ScoreboardException">No such score, or it is not flagged.</exception>
    public async Task<Score> ReviewAsync(Guid scoreId, bool accept, Guid adminId, string clientAddress, string userAgent, CancellationToken cancellationToken)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        Score score = await db.Scores.FirstOrDefaultAsync(s => s.Id == scoreId, cancellationToken).ConfigureAwait(false)
            ?? throw new ScoreboardException(ScoreboardErrorCodes.NotFound, "No score has this id.", "id");
        if (score.Status != ScoreStatus.Flagged)
        {
            throw ScoreboardException.BadInput("id", $"The score is {score.Status.ToString().ToUpperInvariant()}, not FLAGGED.");
        }

        Region? region = await RegionOfAsync(score.UserId, cancellationToken).ConfigureAwait(false);
        score.Status = accept ? ScoreStatus.Accepted : ScoreStatus.Rejected;
        score.ReviewedBy = adminId;
        AchievementProgress? progress = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            db.AuditRecords.Add(new AuditRecord
            {
                UserId = score.UserId,
                GameId = score.GameId,
                Value = score.Value,
                IdempotencyKey = score.IdempotencyKey,
                ScoreId = score.Id,
                Outcome = accept ? AuditOutcome.ReviewAccepted : AuditOutcome.ReviewRejected,
                Reason = $"Reviewed by {adminId}.",
                ClientAddress = Cut(clientAddress, 100),
                UserAgent = Cut(userAgent, 300),
                At = Time.Truncate(now),
            });
            if (accept)
            {
                AddScoreSubmitted(score, region);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (accept)
            {
                progress = await AcceptAsync(score, null, now, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (progress is not null)
        {
            await PublishAcceptedAsync(score, region, progress, now).ConfigureAwait(false);
        }

        return score;
    }

    /// <summary>Adds the <see cref="ScoreSubmitted"/> event to the outbox, saved with the score's acceptance.</summary>
    private void AddScoreSubmitted(Score score, Region? region) => Outbox.Add(db, DomainEvent.Create(
        options.Value.EventLog,
        new ScoreSubmitted(score.Id, score.UserId, score.GameId, score.Value, score.PlayedAt, region?.ToString()),
        timeProvider));

    /// <summary>Within the open transaction, after the score is saved accepted: best-score rows and achievements.</summary>
    private async Task<AchievementProgress> AcceptAsync(Score score, IReadOnlySet<string>? held, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await BestScoreWriter.UpsertAsync(db, score.Id, score.UserId, score.GameId, score.Value, score.PlayedAt, score.CompetitionId, now, cancellationToken)
            .ConfigureAwait(false);
        AchievementProgress progress = await achievements.UnlockForScoreAsync(db, score, held, now, cancellationToken).ConfigureAwait(false);
        if (progress.Unlocked.Count > 0)
        {
            // Their outbox events.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return progress;
    }

    /// <summary>After the commit: Redis boards, rank achievements, live announcements. Returns the all-time rank.</summary>
    private async Task<long?> PublishAcceptedAsync(Score score, Region? region, AchievementProgress progress, DateTimeOffset now)
    {
        // Not cancellable: the score is committed, and the boards must follow it.
        long? rank = await ApplyAndRankAsync(score, region, CancellationToken.None).ConfigureAwait(false);
        List<AchievementUnlocked> all = [.. progress.Unlocked];
        if (rank is { } position)
        {
            all.AddRange(await achievements.UnlockForRankAsync(db, score.UserId, score.GameId, position, progress.Held, now, CancellationToken.None)
                .ConfigureAwait(false));
        }

        await bus.PublishBoardChangedAsync(score.GameId, region).ConfigureAwait(false);
        foreach (AchievementUnlocked achievement in all)
        {
            await bus.PublishAchievementAsync(achievement).ConfigureAwait(false);
        }

        return rank;
    }

    /// <summary>Puts an accepted score on the boards; returns the player's all-time rank (from the same Redis call when it can).</summary>
    private async Task<long?> ApplyAndRankAsync(Score score, Region? region, CancellationToken cancellationToken) =>
        await leaderboards.ApplyAsync(score.UserId, score.GameId, score.Value, score.PlayedAt, score.CompetitionId, region).ConfigureAwait(false)
        ?? (await leaderboards.RankAsync(new BoardId(score.GameId, BoardPeriod.AllTime, null), score.UserId, cancellationToken).ConfigureAwait(false))?.Rank;

    private async Task<SubmissionResult> AnswerRetryAsync(Score stored, SubmitScoreCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (stored.GameId != command.GameId || stored.Value != command.Score)
        {
            await AuditAsync(command, stored.Id, AuditOutcome.Rejected, "Idempotency key reused for another score.", now, cancellationToken).ConfigureAwait(false);
            throw new ScoreboardException(
                ScoreboardErrorCodes.Conflict,
                "This idempotency key was already used for a different score or game.",
                "idempotencyKey");
        }

        await AuditAsync(command, stored.Id, AuditOutcome.Duplicate, null, now, cancellationToken).ConfigureAwait(false);
        long? rank = null;
        if (stored.Status == ScoreStatus.Accepted)
        {
            // The first attempt may still be updating Redis: applying again is harmless and makes the rank the same.
            Region? region = await RegionOfAsync(stored.UserId, cancellationToken).ConfigureAwait(false);
            rank = await ApplyAndRankAsync(stored, region, cancellationToken).ConfigureAwait(false);
        }

        return new SubmissionResult(stored, rank, Duplicate: true);
    }

    private Task<Score?> FindAsync(Guid userId, string key, CancellationToken cancellationToken) =>
        db.Scores.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId && s.IdempotencyKey == key, cancellationToken);

    private async Task<Region?> RegionOfAsync(Guid userId, CancellationToken cancellationToken) =>
        (await db.PlayerRegions.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken).ConfigureAwait(false))?.Region;

    private async Task RefuseAsync(SubmitScoreCommand command, string field, string message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await AuditAsync(command, null, AuditOutcome.Rejected, $"{field}: {message}", now, cancellationToken).ConfigureAwait(false);
        throw ScoreboardException.BadInput(field, message);
    }

    private async Task AuditAsync(SubmitScoreCommand command, Guid? scoreId, AuditOutcome outcome, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.AuditRecords.Add(Record(command, scoreId, outcome, reason, now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static AuditRecord Record(SubmitScoreCommand command, Guid? scoreId, AuditOutcome outcome, string? reason, DateTimeOffset now) => new()
    {
        UserId = command.UserId,
        GameId = command.GameId,
        Value = command.Score,
        IdempotencyKey = Cut(command.IdempotencyKey ?? "", ScoreRules.MaxKeyLength),
        ScoreId = scoreId,
        Outcome = outcome,
        Reason = reason is null ? null : Cut(reason, 300),
        ClientAddress = Cut(command.ClientAddress, 100),
        UserAgent = Cut(command.UserAgent, 300),
        At = Time.Truncate(now),
    };

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
