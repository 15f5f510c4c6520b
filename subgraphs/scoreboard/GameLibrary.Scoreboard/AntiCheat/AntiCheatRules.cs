using System.Globalization;

using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.AntiCheat;

/// <summary>
/// Decides whether a valid score is plausible: above the game's maximum, a jump of more than the configured factor
/// over the player's all-time best, or one submission too many in a short burst flags it for review.
/// </summary>
/// <param name="options">The scoreboard options.</param>
public sealed class AntiCheatRules(IOptions<ScoreboardOptions> options)
{
    /// <summary>The reason to flag the score, or <see langword="null"/> when it is plausible.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    /// <param name="score">The points.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    public async Task<string?> CheckAsync(ScoreboardDbContext db, Guid userId, long gameId, long score, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        AntiCheatOptions rules = options.Value.AntiCheat;
        long max = rules.MaxScoreByGame.TryGetValue(gameId.ToString(CultureInfo.InvariantCulture), out long perGame) ? perGame : rules.DefaultMaxScore;
        if (score > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Above the game's plausible maximum of {max}.");
        }

        if (rules.MaxJumpFactor > 0)
        {
            long? best = await db.BestScores.Where(row => row.GameId == gameId && row.Period == BoardPeriod.AllTime.Key && row.UserId == userId)
                .Select(row => (long?)row.Value).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (best is { } previous && previous >= rules.JumpRuleMinimumBest && score > previous * rules.MaxJumpFactor)
            {
                return string.Create(CultureInfo.InvariantCulture, $"More than {rules.MaxJumpFactor}x the player's best of {previous}.");
            }
        }

        if (rules.MaxBurst > 0)
        {
            DateTimeOffset since = now - rules.BurstWindow;
            int recent = await db.Scores.CountAsync(s => s.UserId == userId && s.GameId == gameId && s.SubmittedAt > since, cancellationToken)
                .ConfigureAwait(false);
            if (recent >= rules.MaxBurst)
            {
                return string.Create(CultureInfo.InvariantCulture, $"More than {rules.MaxBurst} submissions within {rules.BurstWindow.TotalSeconds} s.");
            }
        }

        return null;
    }
}
