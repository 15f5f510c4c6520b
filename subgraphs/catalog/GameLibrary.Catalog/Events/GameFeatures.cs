using GameLibrary.Catalog.Model;

namespace GameLibrary.Catalog.Events;

/// <summary>The features of a game that <see cref="GameCreated"/> and <see cref="GameUpdated"/> carry, ids in ascending order.</summary>
internal sealed record GameFeatures(long[] GenreIds, long[] PlatformIds, long[] DeveloperIds, long[] PublisherIds, int ReleaseYear)
{
    public static GameFeatures Of(Game game) => new(
        [.. game.Genres.Select(link => link.GenreId).Distinct().Order()],
        [.. game.Platforms.Select(link => link.PlatformId).Distinct().Order()],
        [.. game.Companies.Where(link => link.Role == CompanyRole.Developer).Select(link => link.CompanyId).Distinct().Order()],
        [.. game.Companies.Where(link => link.Role == CompanyRole.Publisher).Select(link => link.CompanyId).Distinct().Order()],
        game.ReleaseDate.Year);
}
