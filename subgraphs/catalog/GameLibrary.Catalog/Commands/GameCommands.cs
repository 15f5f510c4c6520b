using GameLibrary.Catalog.Errors;
using GameLibrary.Catalog.Events;
using GameLibrary.Catalog.Model;
using GameLibrary.Events;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog.Commands;

/// <summary>
/// Creates, changes and deletes games. Each change and its domain event (<see cref="GameCreated"/>,
/// <see cref="GameUpdated"/>, <see cref="GameDeleted"/>) are committed in one transaction through the outbox.
/// </summary>
/// <param name="contexts">Creates the context of each command.</param>
/// <param name="time">The clock for creation and update times.</param>
public sealed class GameCommands(IDbContextFactory<CatalogDbContext> contexts, TimeProvider time)
{
    /// <summary>Adds a game.</summary>
    /// <param name="draft">The game's values.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The stored game.</returns>
    /// <exception cref="CatalogException">A value is invalid (every invalid field is listed), or the slug is taken.</exception>
    public async Task<Game> CreateAsync(GameDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        List<CatalogFieldError> errors = [];
        string title = GameRules.CheckTitle(draft.Title, errors);
        GameRules.CheckSlug(draft.Slug, errors);
        string? summary = GameRules.CheckSummary(draft.Summary, errors);
        GameRules.CheckReleaseDate(draft.ReleaseDate, errors);
        string? coverUrl = GameRules.CheckCoverUrl(draft.CoverUrl, errors);
        CheckLinkCounts(draft.GenreIds, draft.PlatformIds, draft.DeveloperIds, draft.PublisherIds, errors);
        ThrowIfAny(errors);

        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            await CheckReferencesAsync(context, draft.GenreIds, draft.PlatformIds, draft.DeveloperIds, draft.PublisherIds, cancellationToken)
                .ConfigureAwait(false);
            await CheckSlugFreeAsync(context, draft.Slug, exceptGameId: null, cancellationToken).ConfigureAwait(false);

            DateTime now = Now();
            Game game = new()
            {
                Title = title,
                Slug = draft.Slug,
                Summary = summary,
                ReleaseDate = draft.ReleaseDate,
                CoverUrl = coverUrl,
                CreatedAt = now,
                UpdatedAt = now,
            };
            ReplaceLinks(game, draft.GenreIds, draft.PlatformIds, draft.DeveloperIds, draft.PublisherIds);
            context.Games.Add(game);

            // The event needs the generated id: the game is saved first, the event second, both in one transaction.
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await SaveAsync(context, draft.Slug, cancellationToken).ConfigureAwait(false);
                Outbox.Add(context, DomainEvent.Create(CatalogEventLog.Name, GameCreated.From(game), time));
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return game;
        }
    }

    /// <summary>Changes a game.</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="changes">What to change.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The changed game.</returns>
    /// <exception cref="CatalogException">The game does not exist, a value is invalid, or the new slug is taken.</exception>
    public async Task<Game> UpdateAsync(long gameId, GameChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        List<CatalogFieldError> errors = [];
        string? title = changes.Title is null ? null : GameRules.CheckTitle(changes.Title, errors);
        if (changes.Slug is not null)
        {
            GameRules.CheckSlug(changes.Slug, errors);
        }

        string? summary = GameRules.CheckSummary(changes.Summary, errors);
        if (changes.ReleaseDate is { } releaseDate)
        {
            GameRules.CheckReleaseDate(releaseDate, errors);
        }

        string? coverUrl = GameRules.CheckCoverUrl(changes.CoverUrl, errors);
        CheckLinkCounts(changes.GenreIds, changes.PlatformIds, changes.DeveloperIds, changes.PublisherIds, errors);
        ThrowIfAny(errors);

        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            Game game = await context.Games
                .Include(g => g.Genres)
                .Include(g => g.Platforms)
                .Include(g => g.Companies)
                .AsSplitQuery()
                .SingleOrDefaultAsync(g => g.Id == gameId, cancellationToken)
                .ConfigureAwait(false)
                ?? throw NotFound(gameId);
            await CheckReferencesAsync(context, changes.GenreIds, changes.PlatformIds, changes.DeveloperIds, changes.PublisherIds, cancellationToken)
                .ConfigureAwait(false);
            if (changes.Slug is not null && changes.Slug != game.Slug)
            {
                await CheckSlugFreeAsync(context, changes.Slug, game.Id, cancellationToken).ConfigureAwait(false);
                game.Slug = changes.Slug;
            }

            game.Title = title ?? game.Title;
            game.Summary = changes.Summary is null ? game.Summary : summary;
            game.ReleaseDate = changes.ReleaseDate ?? game.ReleaseDate;
            game.CoverUrl = changes.CoverUrl is null ? game.CoverUrl : coverUrl;
            ReplaceLinks(game, changes.GenreIds, changes.PlatformIds, changes.DeveloperIds, changes.PublisherIds);
            game.UpdatedAt = Now();

            Outbox.Add(context, DomainEvent.Create(CatalogEventLog.Name, GameUpdated.From(game), time));
            await SaveAsync(context, game.Slug, cancellationToken).ConfigureAwait(false);
            return game;
        }
    }

    /// <summary>Deletes a game.</summary>
    /// <param name="gameId">The game.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <exception cref="CatalogException">The game does not exist.</exception>
    public async Task DeleteAsync(long gameId, CancellationToken cancellationToken = default)
    {
        CatalogDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            Game game = await context.Games.SingleOrDefaultAsync(g => g.Id == gameId, cancellationToken).ConfigureAwait(false)
                ?? throw NotFound(gameId);
            context.Games.Remove(game);
            Outbox.Add(context, DomainEvent.Create(CatalogEventLog.Name, new GameDeleted(game.Id), time));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static CatalogException NotFound(long gameId) =>
        new(CatalogErrorKind.NotFound, "id", $"There is no game with id {gameId}.");

    private static void ThrowIfAny(List<CatalogFieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new CatalogException(CatalogErrorKind.InvalidInput, errors);
        }
    }

    private static void CheckLinkCounts(
        IReadOnlyList<long>? genreIds,
        IReadOnlyList<long>? platformIds,
        IReadOnlyList<long>? developerIds,
        IReadOnlyList<long>? publisherIds,
        List<CatalogFieldError> errors)
    {
        GameRules.CheckIdCount(genreIds, "genreIds", errors);
        GameRules.CheckIdCount(platformIds, "platformIds", errors);
        GameRules.CheckIdCount(developerIds, "developerIds", errors);
        GameRules.CheckIdCount(publisherIds, "publisherIds", errors);
    }

    private static async Task CheckReferencesAsync(
        CatalogDbContext context,
        IReadOnlyList<long>? genreIds,
        IReadOnlyList<long>? platformIds,
        IReadOnlyList<long>? developerIds,
        IReadOnlyList<long>? publisherIds,
        CancellationToken cancellationToken)
    {
        List<CatalogFieldError> errors = [];
        await CheckKnownAsync(context.Genres.Select(g => g.Id), genreIds, "genreIds", "genre", errors, cancellationToken).ConfigureAwait(false);
        await CheckKnownAsync(context.Platforms.Select(p => p.Id), platformIds, "platformIds", "platform", errors, cancellationToken).ConfigureAwait(false);
        await CheckKnownAsync(context.Companies.Select(c => c.Id), developerIds, "developerIds", "company", errors, cancellationToken).ConfigureAwait(false);
        await CheckKnownAsync(context.Companies.Select(c => c.Id), publisherIds, "publisherIds", "company", errors, cancellationToken).ConfigureAwait(false);
        ThrowIfAny(errors);
    }

    private static async Task CheckKnownAsync(
        IQueryable<long> existing,
        IReadOnlyList<long>? ids,
        string field,
        string noun,
        List<CatalogFieldError> errors,
        CancellationToken cancellationToken)
    {
        if (ids is not { Count: > 0 })
        {
            return;
        }

        long[] distinct = [.. ids.Distinct()];
        List<long> found = await existing.Where(id => distinct.Contains(id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        long[] unknown = [.. distinct.Except(found).Order()];
        if (unknown.Length > 0)
        {
            errors.Add(new(field, $"Unknown {noun} id(s): {string.Join(", ", unknown)}."));
        }
    }

    private static async Task CheckSlugFreeAsync(CatalogDbContext context, string slug, long? exceptGameId, CancellationToken cancellationToken)
    {
        if (await context.Games.AnyAsync(g => g.Slug == slug && g.Id != exceptGameId, cancellationToken).ConfigureAwait(false))
        {
            throw SlugTaken(slug);
        }
    }

    private static CatalogException SlugTaken(string slug) =>
        new(CatalogErrorKind.Conflict, "slug", $"The slug '{slug}' is already used by another game.");

    // The unique index settles a race the pre-check lost: report it as the same conflict.
    private async Task SaveAsync(CatalogDbContext context, string slug, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            bool taken;
            CatalogDbContext probe = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (probe.ConfigureAwait(false))
            {
                taken = await probe.Games.AnyAsync(g => g.Slug == slug, cancellationToken).ConfigureAwait(false);
            }

            if (taken)
            {
                throw SlugTaken(slug);
            }

            throw;
        }
    }

    // Links are diffed rather than cleared and re-added: re-adding a deleted link's key in one context is a tracking clash.
    private static void ReplaceLinks(
        Game game,
        IReadOnlyList<long>? genreIds,
        IReadOnlyList<long>? platformIds,
        IReadOnlyList<long>? developerIds,
        IReadOnlyList<long>? publisherIds)
    {
        if (genreIds is not null)
        {
            Sync(game.Genres, genreIds, link => link.GenreId, id => new GameGenre { GenreId = id });
        }

        if (platformIds is not null)
        {
            Sync(game.Platforms, platformIds, link => link.PlatformId, id => new GamePlatform { PlatformId = id });
        }

        foreach ((CompanyRole role, IReadOnlyList<long>? ids) in new[] { (CompanyRole.Developer, developerIds), (CompanyRole.Publisher, publisherIds) })
        {
            if (ids is null)
            {
                continue;
            }

            HashSet<long> wanted = [.. ids];
            foreach (GameCompany link in game.Companies.Where(link => link.Role == role && !wanted.Contains(link.CompanyId)).ToList())
            {
                game.Companies.Remove(link);
            }

            HashSet<long> present = [.. game.Companies.Where(link => link.Role == role).Select(link => link.CompanyId)];
            foreach (long id in ids.Distinct().Where(id => !present.Contains(id)))
            {
                game.Companies.Add(new GameCompany { CompanyId = id, Role = role });
            }
        }
    }

    private static void Sync<TLink>(ICollection<TLink> links, IReadOnlyList<long> ids, Func<TLink, long> idOf, Func<long, TLink> create)
    {
        HashSet<long> wanted = [.. ids];
        foreach (TLink link in links.Where(link => !wanted.Contains(idOf(link))).ToList())
        {
            links.Remove(link);
        }

        HashSet<long> present = [.. links.Select(idOf)];
        foreach (long id in ids.Distinct().Where(id => !present.Contains(id)))
        {
            links.Add(create(id));
        }
    }

    // Microseconds, as PostgreSQL stores them, so a returned game equals the stored one.
    private DateTime Now()
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
