using System.Globalization;

using GameLibrary.Catalog.Events;
using GameLibrary.Catalog.Model;
using GameLibrary.Events;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog.Seeding;

/// <summary>
/// Fills an empty catalog with deterministic demo data: the same seed always gives the same genres, platforms,
/// companies and games. Every game gets its <see cref="GameCreated"/> event in the outbox, so the other subgraphs
/// learn about seeded games exactly as about created ones.
/// </summary>
/// <param name="contexts">Creates the contexts, one per batch.</param>
public sealed class CatalogSeeder(IDbContextFactory<CatalogDbContext> contexts)
{
    /// <summary>Games written per transaction.</summary>
    public const int BatchSize = 1000;

    private static readonly DateTime FirstCreatedAt = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Seeds <paramref name="games"/> games, unless the catalog already has games.</summary>
    /// <param name="games">How many games (e.g. 2,000 for the demo, 100,000 for benchmarks).</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="progress">Receives the number of games written so far after each batch.</param>
    /// <param name="cancellationToken">Cancels between batches; written batches stay.</param>
    /// <returns>The number of games written: 0 when the catalog already had games.</returns>
    public async Task<int> SeedAsync(int games, int seed, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(games);
        long[] genreIds, platformIds, companyIds;
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            if (await context.Games.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return 0;
            }

            genreIds = await EnsureAsync(context, context.Genres, SeedNames.Genres, name => new Genre { Name = name }, g => g.Name, g => g.Id, cancellationToken).ConfigureAwait(false);
            platformIds = await EnsureAsync(context, context.Platforms, SeedNames.Platforms, name => new Platform { Name = name }, p => p.Name, p => p.Id, cancellationToken).ConfigureAwait(false);
            companyIds = await EnsureAsync(context, context.Companies, SeedNames.Companies, name => new Company { Name = name }, c => c.Name, c => c.Id, cancellationToken).ConfigureAwait(false);
        }

        Random random = new(seed);
        TitleGenerator titles = new(random);
        int written = 0;
        while (written < games)
        {
            int count = Math.Min(BatchSize, games - written);
            List<Game> batch = [.. Enumerable.Range(written, count).Select(index => NextGame(random, index, titles, genreIds, platformIds, companyIds))];
            await WriteBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            written += count;
            progress?.Report(written);
        }

        return written;
    }

    private static async Task<long[]> EnsureAsync<T>(
        CatalogDbContext context,
        DbSet<T> set,
        string[] names,
        Func<string, T> create,
        Func<T, string> nameOf,
        Func<T, long> idOf,
        CancellationToken cancellationToken)
        where T : class
    {
        HashSet<string> existing = [.. (await set.ToListAsync(cancellationToken).ConfigureAwait(false)).Select(nameOf)];
        set.AddRange(names.Where(name => !existing.Contains(name)).Select(create));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        HashSet<string> wanted = [.. names];
        return [.. (await set.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).Where(item => wanted.Contains(nameOf(item))).Select(idOf).Order()];
    }

    private async Task WriteBatchAsync(List<Game> batch, CancellationToken cancellationToken)
    {
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                context.Games.AddRange(batch);
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                foreach (Game game in batch)
                {
                    Outbox.Add(context, DomainEvent.Create(CatalogEventLog.Name, GameCreated.From(game)));
                }

                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static Game NextGame(Random random, int index, TitleGenerator titles, long[] genreIds, long[] platformIds, long[] companyIds)
    {
        (string title, string slug) = titles.Next();
        DateTime createdAt = FirstCreatedAt.AddMinutes(index);
        Game game = new()
        {
            Title = title,
            Slug = slug,
            Summary = $"{title} is a {random.Next(1, 60).ToString(CultureInfo.InvariantCulture)}-hour journey through the {Pick(random, SeedNames.Nouns).ToLowerInvariant()}.",
            ReleaseDate = new DateOnly(1985, 1, 1).AddDays(random.Next(0, 40 * 365)),
            CoverUrl = $"https://images.gamelibrary.example/covers/{slug}.jpg",
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        foreach (long id in Sample(random, genreIds, 1, 3))
        {
            game.Genres.Add(new GameGenre { GenreId = id });
        }

        foreach (long id in Sample(random, platformIds, 1, 4))
        {
            game.Platforms.Add(new GamePlatform { PlatformId = id });
        }

        long developer = companyIds[random.Next(companyIds.Length)];
        game.Companies.Add(new GameCompany { CompanyId = developer, Role = CompanyRole.Developer });
        long publisher = random.Next(3) == 0 ? developer : companyIds[random.Next(companyIds.Length)];
        game.Companies.Add(new GameCompany { CompanyId = publisher, Role = CompanyRole.Publisher });
        return game;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static IEnumerable<long> Sample(Random random, long[] ids, int min, int max) =>
        ids.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).ToArray();
}
