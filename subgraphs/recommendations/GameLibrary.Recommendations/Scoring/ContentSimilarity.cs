using System.Numerics;

using GameLibrary.Recommendations.Model;

namespace GameLibrary.Recommendations.Scoring;

/// <summary>
/// Cosine similarity of two games' feature vectors. The vector is the concatenation of one block per feature kind
/// (genres, companies, platforms, release decade); each block is the kind's one-hot vector scaled to length
/// <c>√w</c> for the kind's weight <c>w</c>. The dot product is then <c>Σ w·cos_kind</c> and the cosine is
/// <c>Σ w·|A∩B|/√(|A||B|) / √(W_a·W_b)</c>, where <c>W</c> sums the weights of the kinds a game has. Two games with
/// every kind present score the weighted mean of the per-kind cosines; a kind a game lacks neither helps nor counts.
/// </summary>
public static class ContentSimilarity
{
    /// <summary>Weight of shared genres: what a game is like to play matters most.</summary>
    public const double GenreWeight = 0.5;

    /// <summary>Weight of shared developers and publishers: studios have a style.</summary>
    public const double CompanyWeight = 0.2;

    /// <summary>Weight of shared platforms: where a player can play it, a weak signal of taste.</summary>
    public const double PlatformWeight = 0.2;

    /// <summary>Weight of the same release decade.</summary>
    public const double DecadeWeight = 0.1;

    /// <summary>The similarity of <paramref name="a"/> and <paramref name="b"/> and what they share.</summary>
    /// <param name="a">One game's features.</param>
    /// <param name="b">The other's.</param>
    public static ContentMatch Compare(GameFeatures a, GameFeatures b)
    {
        double score = Score(a, b, out int genres, out int platforms, out int companies, out bool sameDecade);
        return new(score, genres, platforms, companies, Shared(a.Developers, b.Developers) > 0, sameDecade);
    }

    /// <summary>The similarity alone: what ranking candidates needs (bit counts when the ids allow, no allocation).</summary>
    /// <param name="a">One game's features.</param>
    /// <param name="b">The other's.</param>
    public static double Score(GameFeatures a, GameFeatures b) => Score(a, b, out _, out _, out _, out _);

    /// <summary>The squared length of a game's vector: the weights of the kinds it has.</summary>
    /// <param name="features">The game's features.</param>
    public static double TotalWeight(GameFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return features.Weight;
    }

    /// <summary>How many ids two ascending arrays share.</summary>
    /// <param name="left">Ids, ascending.</param>
    /// <param name="right">Ids, ascending.</param>
    public static int Shared(ReadOnlySpan<long> left, ReadOnlySpan<long> right)
    {
        int count = 0;
        for (int i = 0, j = 0; i < left.Length && j < right.Length;)
        {
            if (left[i] == right[j])
            {
                count++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }

    private static double Score(GameFeatures a, GameFeatures b, out int genres, out int platforms, out int companies, out bool sameDecade)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        genres = a.GenreMask is { } ga && b.GenreMask is { } gb ? BitOperations.PopCount(ga & gb) : Shared(a.Genres, b.Genres);
        platforms = a.PlatformMask is { } pa && b.PlatformMask is { } pb ? BitOperations.PopCount(pa & pb) : Shared(a.Platforms, b.Platforms);
        companies = Shared(a.Companies, b.Companies);
        sameDecade = a.Decade is not null && a.Decade == b.Decade;
        return Combine(
            genres, a.Genres.Length, b.Genres.Length,
            companies, a.Companies.Length, b.Companies.Length,
            platforms, a.Platforms.Length, b.Platforms.Length,
            sameDecade, a.Weight, b.Weight);
    }

    /// <summary>The similarity from what two games share and how many features of each kind each has.</summary>
    /// <remarks>The one place the formula is written, so every path that scores (arrays or bit sets) gives the same bits.</remarks>
    internal static double Combine(
        int genres, int genresA, int genresB,
        int companies, int companiesA, int companiesB,
        int platforms, int platformsA, int platformsB,
        bool sameDecade, double weightA, double weightB)
    {
        double dot = (GenreWeight * Cosine(genres, genresA, genresB))
            + (CompanyWeight * Cosine(companies, companiesA, companiesB))
            + (PlatformWeight * Cosine(platforms, platformsA, platformsB))
            + (sameDecade ? DecadeWeight : 0);
        double norms = Math.Sqrt(weightA * weightB);
        return norms == 0 ? 0 : Math.Min(1, dot / norms);
    }

    private static double Cosine(int shared, int left, int right) => shared == 0 ? 0 : shared / Math.Sqrt((double)left * right);
}
