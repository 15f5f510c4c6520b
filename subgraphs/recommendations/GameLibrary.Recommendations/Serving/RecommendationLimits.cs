namespace GameLibrary.Recommendations.Serving;

/// <summary>The page sizes every recommendation list accepts.</summary>
public static class RecommendationLimits
{
    /// <summary>The default number of recommendations.</summary>
    public const int DefaultFirst = 10;

    /// <summary>The most recommendations one list returns; more is refused, not clamped.</summary>
    public const int MaxFirst = 50;

    /// <summary>Whether <paramref name="first"/> is an accepted page size (0 to <see cref="MaxFirst"/>).</summary>
    /// <param name="first">The requested number.</param>
    public static bool IsValid(int first) => first is >= 0 and <= MaxFirst;
}
