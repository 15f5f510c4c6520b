using GameLibrary.Events;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Model;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Recommendations.Rebuild;

/// <summary>
/// Rebuilds the read model from the logs: clears it (rows, processed-event marks, the in-memory index), moves every
/// consumer of this subgraph back to the start of its log, and — when asked to — replays the logs to their ends.
/// </summary>
/// <remarks>
/// The clearing happens under the index's change gate, so no handler is between its commit and its in-memory apply;
/// the offsets are reset after it, so an event handled before the clear is handled again and one handled after it is
/// skipped by its mark. Running consumers replay on their own; the <c>rebuild</c> command replays in-process.
/// </remarks>
/// <param name="contexts">Opens the read model.</param>
/// <param name="index">The serving model.</param>
/// <param name="consumers">This subgraph's consumers.</param>
public sealed class ReadModelRebuilder(
    IDbContextFactory<RecommendationsDbContext> contexts,
    RecommendationIndex index,
    IEnumerable<EventConsumer> consumers)
{
    /// <summary>Clears the read model and rewinds the consumers; with <paramref name="replay"/>, replays every log to its end.</summary>
    /// <param name="replay">Whether to handle the logs here and now (the command) rather than leave it to running consumers.</param>
    /// <param name="cancellationToken">Cancels the rebuild; what was replayed stays, and the consumers continue from there.</param>
    /// <returns>How many events were handled by the replay (0 without <paramref name="replay"/>).</returns>
    public async Task<int> RebuildAsync(bool replay, CancellationToken cancellationToken)
    {
        using (await index.BeginChangeAsync(cancellationToken).ConfigureAwait(false))
        {
            RecommendationsDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await db.Ratings.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await db.Library.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await db.Plays.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await db.Players.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await db.Games.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await db.Tombstones.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await db.Set<ProcessedEvent>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            index.Unload();
        }

        List<EventConsumer> mine = [.. consumers];
        foreach (EventConsumer consumer in mine)
        {
            await consumer.ReplayFromStartAsync(cancellationToken).ConfigureAwait(false);
        }

        int handled = 0;
        if (replay)
        {
            foreach (EventConsumer consumer in mine)
            {
                handled += await consumer.ProcessAvailableAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return handled;
    }
}
