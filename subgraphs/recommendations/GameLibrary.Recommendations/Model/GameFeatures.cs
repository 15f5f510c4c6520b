namespace GameLibrary.Recommendations.Model;

/// <summary>The content features of a game, the sparse vector content similarity is computed over; ids ascending.</summary>
/// <param name="Genres">Genre ids.</param>
/// <param name="Platforms">Platform ids.</param>
/// <param name="Companies">Developer and publisher company ids, merged (a studio that develops and publishes counts once).</param>
/// <param name="Developers">Developer company ids (for the "same developer" reason).</param>
/// <param name="Decade">The release decade (2010 for 2014), when the release year is known.</param>
public sealed record GameFeatures(long[] Genres, long[] Platforms, long[] Companies, long[] Developers, int? Decade)
{
    /// <summary>A game without features.</summary>
    public static GameFeatures None { get; } = new([], [], [], [], null);

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
}
