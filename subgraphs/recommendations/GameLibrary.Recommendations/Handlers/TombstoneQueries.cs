using System.Globalization;

using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.ReadModel;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Recommendations.Handlers;

/// <summary>Reads and writes the tombstones of deleted games and users.</summary>
internal static class TombstoneQueries
{
    public static string Key(long gameId) => gameId.ToString(CultureInfo.InvariantCulture);

    public static string Key(Guid userId) => userId.ToString("D");

    public static Task<bool> IsDeletedAsync(this RecommendationsDbContext db, long gameId, CancellationToken cancellationToken) =>
        db.Tombstones.AnyAsync(t => t.Kind == Tombstone.Game && t.Key == Key(gameId), cancellationToken);

    public static Task<bool> IsDeletedAsync(this RecommendationsDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Tombstones.AnyAsync(t => t.Kind == Tombstone.User && t.Key == Key(userId), cancellationToken);

    public static async Task<bool> AnyDeletedAsync(this RecommendationsDbContext db, Guid userId, long gameId, CancellationToken cancellationToken) =>
        await db.IsDeletedAsync(userId, cancellationToken).ConfigureAwait(false) || await db.IsDeletedAsync(gameId, cancellationToken).ConfigureAwait(false);

    public static async Task BuryAsync(this RecommendationsDbContext db, string kind, string key, CancellationToken cancellationToken)
    {
        if (await db.Tombstones.FindAsync([kind, key], cancellationToken).ConfigureAwait(false) is null)
        {
            db.Tombstones.Add(new Tombstone { Kind = kind, Key = key });
        }
    }
}
