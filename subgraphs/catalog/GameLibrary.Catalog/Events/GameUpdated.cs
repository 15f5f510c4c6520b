using GameLibrary.Catalog.Model;

namespace GameLibrary.Catalog.Events;

/// <summary>A game changed (event type <c>GameUpdated</c>); it carries the whole state after the change.</summary>
/// <remarks>The feature fields are additive, as on <see cref="GameCreated"/>.</remarks>
/// <param name="GameId">The game's id.</param>
/// <param name="Slug">Its slug after the change.</param>
/// <param name="Title">Its title after the change.</param>
/// <param name="GenreIds">Its genres' ids after the change.</param>
/// <param name="PlatformIds">Its platforms' ids after the change.</param>
/// <param name="DeveloperIds">Its developers' company ids after the change.</param>
/// <param name="PublisherIds">Its publishers' company ids after the change.</param>
/// <param name="ReleaseYear">The year of its first release after the change.</param>
public sealed record GameUpdated(
    long GameId,
    string Slug,
    string Title,
    IReadOnlyList<long>? GenreIds = null,
    IReadOnlyList<long>? PlatformIds = null,
    IReadOnlyList<long>? DeveloperIds = null,
    IReadOnlyList<long>? PublisherIds = null,
    int? ReleaseYear = null)
{
    /// <summary>The event describing <paramref name="game"/> after a change (its links must be loaded).</summary>
    /// <param name="game">The changed game.</param>
    public static GameUpdated From(Game game)
    {
        ArgumentNullException.ThrowIfNull(game);
        GameFeatures features = GameFeatures.Of(game);
        return new(game.Id, game.Slug, game.Title, features.GenreIds, features.PlatformIds, features.DeveloperIds, features.PublisherIds, features.ReleaseYear);
    }
}
