using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.ReadModel;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Recommendations.Benchmarks;

/// <summary>
/// A deterministic read model at benchmark scale, written straight to the database (the handlers would take hours):
/// games shaped like the catalog seeder's (20 genres, 15 platforms, 60 companies), players in five regions with
/// about 20 ratings each, game choice skewed so a few games are very popular (u^2.5 over the ids), events spread
/// over 90 days; plus library entries (a fifth of the ratings) and plays (a fifth).
/// </summary>
internal sealed record DataSet(Guid[] Players, int LibraryEntries, int Plays)
{
    private static readonly string[] Regions = ["NA", "EU", "APAC", "LATAM", "MEA"];

    public static async Task<DataSet> WriteAsync(IDbContextFactory<RecommendationsDbContext> contexts, int games, int ratings, int seed)
    {
        Random random = new(seed);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        await using (RecommendationsDbContext existing = await contexts.CreateDbContextAsync())
        {
            if (await existing.Games.AnyAsync())
            {
                // Written by an earlier run (GAMELIBRARY_BENCH_DATA): reuse it.
                return new DataSet(
                    [.. await existing.Players.Select(p => p.UserId).ToListAsync()],
                    await existing.Library.CountAsync(),
                    await existing.Plays.CountAsync());
            }
        }

        await InBatchesAsync(contexts, Enumerable.Range(1, games).Select(id => (object)new GameRow
        {
            GameId = id,
            Slug = $"game-{id}",
            Title = $"Game {id}",
            GenreIds = Sample(random, 20, 1, 3),
            PlatformIds = Sample(random, 15, 1, 4),
            DeveloperIds = [random.Next(1, 61)],
            PublisherIds = [random.Next(1, 61)],
            ReleaseYear = random.Next(1985, 2026),
        }));

        Guid[] players = [.. Enumerable.Range(0, Math.Max(1, ratings / 20)).Select(i => new Guid(i + 1, 0, 0, new byte[8]))];
        await InBatchesAsync(contexts, players.Select((id, i) => (object)new PlayerRow { UserId = id, Region = Regions[i % Regions.Length] }));

        HashSet<(Guid, long)> rated = [];
        await InBatchesAsync(contexts, Generate(ratings, () =>
        {
            (Guid user, long game) pair = (players[random.Next(players.Length)], Skewed(random, games));
            return rated.Add(pair)
                ? new RatingRow { UserId = pair.user, GameId = pair.game, Rating = random.Next(1, 11), RatedAt = now.AddMinutes(-random.Next(90 * 24 * 60)) }
                : null;
        }));

        HashSet<(Guid, long)> owned = [];
        int library = ratings / 5;
        await InBatchesAsync(contexts, Generate(library, () =>
        {
            (Guid user, long game) pair = (players[random.Next(players.Length)], Skewed(random, games));
            return owned.Add(pair)
                ? new LibraryRow { UserId = pair.user, GameId = pair.game, Status = "PLAYING", AddedAt = now.AddMinutes(-random.Next(90 * 24 * 60)) }
                : null;
        }));

        int plays = ratings / 5;
        await InBatchesAsync(contexts, Generate(plays, () => new PlayRow
        {
            ScoreId = Guid.NewGuid(),
            UserId = players[random.Next(players.Length)],
            GameId = Skewed(random, games),
            PlayedAt = now.AddMinutes(-random.Next(90 * 24 * 60)),
        }));
        return new DataSet(players, library, plays);
    }

    private static long Skewed(Random random, int games) => 1 + (long)(games * Math.Pow(random.NextDouble(), 2.5)) % games;

    private static long[] Sample(Random random, int of, int min, int max) =>
        [.. Enumerable.Range(1, of).OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).Select(id => (long)id).Order()];

    private static IEnumerable<object> Generate(int count, Func<object?> next)
    {
        for (int produced = 0; produced < count;)
        {
            if (next() is { } row)
            {
                produced++;
                yield return row;
            }
        }
    }

    private static async Task InBatchesAsync(IDbContextFactory<RecommendationsDbContext> contexts, IEnumerable<object> rows)
    {
        foreach (object[] batch in rows.Chunk(20_000))
        {
            await using RecommendationsDbContext db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(batch);
            await db.SaveChangesAsync();
        }
    }
}
