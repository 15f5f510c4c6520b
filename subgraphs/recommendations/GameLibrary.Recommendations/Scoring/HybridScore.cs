namespace GameLibrary.Recommendations.Scoring;

/// <summary>The score of a similar game: <c>0.6 · content + 0.4 · popularity</c>, both in [0, 1].</summary>
public static class HybridScore
{
    /// <summary>The weight of content similarity.</summary>
    public const double ContentWeight = 0.6;

    /// <summary>The weight of popularity.</summary>
    public const double PopularityWeight = 0.4;

    /// <summary>Combines the two signals.</summary>
    /// <param name="content">The content similarity, in [0, 1].</param>
    /// <param name="popularity">The candidate's popularity, in [0, 1].</param>
    public static double Combine(double content, double popularity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(content, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(content, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(popularity, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(popularity, 1);
        return (ContentWeight * content) + (PopularityWeight * popularity);
    }
}
