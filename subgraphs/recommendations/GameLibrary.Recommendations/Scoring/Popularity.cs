namespace GameLibrary.Recommendations.Scoring;

/// <summary>
/// The popularity composite, in [0, 1]:
/// <c>0.35 · quality · confidence + 0.15 · confidence + 0.25 · library + 0.25 · plays</c>, where
/// <list type="bullet">
/// <item><c>quality = (bayes − 1) / 9</c> with the Bayesian mean <c>bayes = (C·m + Σr) / (C + n)</c>
/// (prior mean <c>m</c> = <see cref="PriorMean"/>, prior weight <c>C</c> = <see cref="PriorWeight"/> ratings), so a
/// game with two 10s does not outrank one with two hundred 9s;</item>
/// <item><c>confidence = 1 − e^(−r/<see cref="RatingsScale"/>)</c> over the time-decayed ratings count <c>r</c>;</item>
/// <item><c>library = 1 − e^(−a/<see cref="LibraryScale"/>)</c> over the decayed library additions <c>a</c>;</item>
/// <item><c>plays = 1 − e^(−s/<see cref="PlaysScale"/>)</c> over the decayed accepted scores <c>s</c>.</item>
/// </list>
/// Every event is weighted by <c>2^(−age/<see cref="HalfLife"/>)</c>. A game nobody touched scores 0; each
/// saturating term keeps one very busy signal from dominating.
/// </summary>
public static class Popularity
{
    /// <summary>The half-life of an event's weight.</summary>
    public static readonly TimeSpan HalfLife = TimeSpan.FromDays(30);

    /// <summary>The prior mean rating the Bayesian average starts from (the middle of 1–10).</summary>
    public const double PriorMean = 5.5;

    /// <summary>How many ratings the prior is worth.</summary>
    public const double PriorWeight = 5;

    /// <summary>Decayed ratings at which the confidence term reaches 63 %.</summary>
    public const double RatingsScale = 10;

    /// <summary>Decayed library additions at which the library term reaches 63 %.</summary>
    public const double LibraryScale = 10;

    /// <summary>Decayed plays at which the plays term reaches 63 %.</summary>
    public const double PlaysScale = 25;

    /// <summary>
    /// The instant decayed sums are kept relative to: <c>Σ 2^(−(now − tᵢ)/h) = 2^(−(now − e)/h) · Σ 2^((tᵢ − e)/h)</c>,
    /// so the sum over a game's events is maintained by adding and subtracting one term per event, and read in O(1).
    /// </summary>
    public static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An event's term in a decayed sum kept relative to <see cref="Epoch"/>.</summary>
    /// <param name="at">When the event happened.</param>
    public static double EpochWeight(DateTimeOffset at) => Math.Pow(2, (at - Epoch).TotalSeconds / HalfLife.TotalSeconds);

    /// <summary>What turns a sum of <see cref="EpochWeight"/> terms into the decayed sum at <paramref name="now"/>.</summary>
    /// <param name="now">The instant measured at.</param>
    public static double DecayFactor(DateTimeOffset now) => Math.Pow(2, -(now - Epoch).TotalSeconds / HalfLife.TotalSeconds);

    /// <summary>The weight of an event of age <paramref name="age"/>: 1 now, ½ after one half-life; future events weigh 1.</summary>
    /// <param name="age">How long ago the event happened.</param>
    public static double Decay(TimeSpan age) => age <= TimeSpan.Zero ? 1 : Math.Pow(2, -age.TotalSeconds / HalfLife.TotalSeconds);

    /// <summary>The Bayesian-averaged rating.</summary>
    /// <param name="count">How many ratings.</param>
    /// <param name="sum">Their sum.</param>
    public static double BayesianMean(int count, long sum) => ((PriorWeight * PriorMean) + sum) / (PriorWeight + count);

    /// <summary>The popularity composite.</summary>
    /// <param name="signals">The game's signals.</param>
    public static double Compute(PopularitySignals signals)
    {
        double quality = (BayesianMean(signals.RatingsCount, signals.RatingsSum) - 1) / 9;
        double confidence = Saturate(signals.DecayedRatings, RatingsScale);
        double value = (0.35 * quality * confidence)
            + (0.15 * confidence)
            + (0.25 * Saturate(signals.DecayedLibraryAdds, LibraryScale))
            + (0.25 * PlaysActivity(signals.DecayedPlays));
        return Math.Clamp(value, 0, 1);
    }

    /// <summary>The score-activity term alone, in [0, 1]; personal picks are re-ranked by it.</summary>
    /// <param name="decayedPlays">The decayed accepted scores.</param>
    public static double PlaysActivity(double decayedPlays) => Saturate(decayedPlays, PlaysScale);

    private static double Saturate(double value, double scale) => value <= 0 ? 0 : 1 - Math.Exp(-value / scale);
}
