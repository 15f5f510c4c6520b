namespace GameLibrary.Recommendations.Events;

/// <summary>The catalog's <c>GameUpdated</c> event: the game's whole state after a change (see <see cref="GameCreated"/>).</summary>
/// <param name="GameId">The game id.</param>
/// <param name="Slug">The slug.</param>
/// <param name="Title">The title.</param>
/// <param name="GenreIds">The genres' ids.</param>
/// <param name="PlatformIds">The platforms' ids.</param>
/// <param name="DeveloperIds">The developers' company ids.</param>
/// <param name="PublisherIds">The publishers' company ids.</param>
/// <param name="ReleaseYear">The release year.</param>
public sealed record GameUpdated(
    long GameId,
    string Slug,
    string Title,
    IReadOnlyList<long>? GenreIds = null,
    IReadOnlyList<long>? PlatformIds = null,
    IReadOnlyList<long>? DeveloperIds = null,
    IReadOnlyList<long>? PublisherIds = null,
    int? ReleaseYear = null);
