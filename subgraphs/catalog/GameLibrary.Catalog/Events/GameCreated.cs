using GameLibrary.Catalog.Model;

namespace GameLibrary.Catalog.Events;

/// <summary>A game was added to the catalog (event type <c>GameCreated</c>).</summary>
/// <remarks>
/// The feature fields were added after the first three; consumers that read only id, slug and title keep working,
/// and events published before them carry none (they read as <see langword="null"/>).
/// </remarks>
/// <param name="GameId">The new game's id.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="Title">Its title.</param>
/// <param name="GenreIds">Its genres' ids.</param>
/// <param name="PlatformIds">Its platforms' ids.</param>
/// <param name="DeveloperIds">Its developers' company ids.</param>
/// <param name="PublisherIds">Its publishers' company ids.</param>
/// <param name="ReleaseYear">The year of its first release.</param>
public sealed record GameCreated(
    long GameId,
    string Slug,
    string Title,
    IReadOnlyList<long>? GenreIds = null,
    IReadOnlyList<long>? PlatformIds = null,
    IReadOnlyList<long>? DeveloperIds = null,
    IReadOnlyList<long>? PublisherIds = null,
    int? ReleaseYear = null)
{
    /// <summary>The event announcing <paramref name="game"/>, with its features (its links must be loaded).</summary>
    /// <param name="game">The saved game.</param>
    public static GameCreated From(Game game)
    {
        ArgumentNullException.ThrowIfNull(game);
        GameFeatures features = GameFeatures.Of(game);
        return new(game.Id, game.Slug, game.Title, features.GenreIds, features.PlatformIds, features.DeveloperIds, features.PublisherIds, features.ReleaseYear);
    }
}
