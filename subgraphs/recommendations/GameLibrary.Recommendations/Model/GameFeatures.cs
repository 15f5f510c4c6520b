using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Model;

/// <summary>The content features of a game, the sparse vector content similarity is computed over; ids ascending.</summary>
/// <param name="Genres">Genre ids.</param>
/// <param name="Platforms">Platform ids.</param>
/// <param name="Companies">Developer and publisher company ids, merged (a studio that develops and publishes counts once).</param>
/// <param name="Developers">Developer company ids (for the "same developer" reason).</param>
/// <param name="Decade">The release decade (2010 for 2014), when the release year is known.</param>
public sealed record GameFeatures(long[] Genres, long[] Platforms, long[] Companies, long[] Developers, int? Decade)
{
    /// <summary>The genres as a bit set when every id is below 64 (catalogs have a few dozen), else null.</summary>
    public ulong? GenreMask { get; } = Mask(Genres);

    /// <summary>The platforms as a bit set when every id is below 64, else null.</summary>
    public ulong? PlatformMask { get; } = Mask(Platforms);

    /// <summary>The companies as a bit set when every id is below 64, else null.</summary>
    public ulong? CompanyMask { get; } = Mask(Companies);

    /// <summary>The squared length of the game's feature vector: the weights of the kinds it has.</summary>
    public double Weight { get; } = (Genres.Length > 0 ? ContentSimilarity.GenreWeight : 0)
        + (Companies.Length > 0 ? ContentSimilarity.CompanyWeight : 0)
        + (Platforms.Length > 0 ? ContentSimilarity.PlatformWeight : 0)
        + (Decade is not null ? ContentSimilarity.DecadeWeight : 0);

    /// <summary>A game without features.</summary>
    public static GameFeatures None { get; } = new([], [], [], [], null);

    /// <summary>Whether this game has any of <paramref name="genres"/> (ids ascending).</summary>
    /// <param name="genres">Some genre ids.</param>
    /// <param name="mask">Their bit set, when every id is below 64.</param>
    public bool HasAnyGenre(ReadOnlySpan<long> genres, ulong? mask) =>
        mask is { } bits && GenreMask is { } own ? (own & bits) != 0 : ContentSimilarity.Shared(Genres, genres) > 0;

    /// <summary>Builds the features from the catalog's lists.</summary>
    /// <param name="genres">Genre ids.</param>
    /// <param name="platforms">Platform ids.</param>
    /// <param name="developers">Developer company ids.</param>
    /// <param name="publishers">Publisher company ids.</param>
    /// <param name="releaseYear">The release year.</param>
    public static GameFeatures From(
        IEnumerable<long> genres, IEnumerable<long> platforms, IEnumerable<long> developers, IEnumerable<long> publishers, int? releaseYear)
    {
        long[] developerIds = [.. developers.Distinct().Order()];
        return new(
            [.. genres.Distinct().Order()],
            [.. platforms.Distinct().Order()],
            [.. developerIds.Concat(publishers).Distinct().Order()],
            developerIds,
            releaseYear is { } year ? year - (((year % 10) + 10) % 10) : null);
    }

    /// <summary>The bit set of <paramref name="ids"/>, or null when one is outside 0–63.</summary>
    /// <param name="ids">Feature ids.</param>
    public static ulong? Mask(ReadOnlySpan<long> ids)
    {
        ulong mask = 0;
        foreach (long id in ids)
        {
            if (id is < 0 or > 63)
            {
                return null;
            }

            mask |= 1UL << (int)id;
        }

        return mask;
    }
}
