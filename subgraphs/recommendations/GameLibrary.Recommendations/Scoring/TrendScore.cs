namespace GameLibrary.Recommendations.Scoring;

/// <summary>
/// How strongly a game is rising: <c>(c − p) / (c + p + α)</c> for <c>c</c> activities (ratings, library additions,
/// plays) in the current window and <c>p</c> in the one before, with <c>α</c> = <see cref="Smoothing"/>; 0 when not
/// rising. In [0, 1): a jump from 0 to 3 ranks below one from 0 to 30, and a busy game must still grow to trend.
/// </summary>
public static class TrendScore
{
    /// <summary>The smoothing that keeps a handful of events from looking like a trend.</summary>
    public const double Smoothing = 5;

    /// <summary>The trend score.</summary>
    /// <param name="current">Activities in the current window.</param>
    /// <param name="previous">Activities in the previous window.</param>
    public static double Compute(long current, long previous)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        ArgumentOutOfRangeException.ThrowIfNegative(previous);
        return current <= previous ? 0 : (current - previous) / (current + previous + Smoothing);
    }
}
