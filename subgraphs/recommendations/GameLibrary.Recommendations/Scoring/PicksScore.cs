namespace GameLibrary.Recommendations.Scoring;

/// <summary>
/// The score of a personal pick: <c>(0.6 · collaborative + 0.4 · content) · (0.85 + 0.15 · plays)</c>, where
/// <c>collaborative</c> is the item-to-item score normalized to the best candidate's, <c>content</c> the best
/// seed-weighted content similarity and <c>plays</c> the candidate's score activity (<see cref="Popularity.PlaysActivity"/>):
/// the re-ranking lifts games people are actively playing by up to 15 %.
/// </summary>
public static class PicksScore
{
    /// <summary>The weight of item-to-item collaborative filtering.</summary>
    public const double CollaborativeWeight = 0.6;

    /// <summary>The weight of content similarity to the player's games.</summary>
    public const double ContentWeight = 0.4;

    /// <summary>The share of the score that score activity can move.</summary>
    public const double ActivityShare = 0.15;

    /// <summary>Combines the signals, each in [0, 1].</summary>
    /// <param name="collaborative">The normalized collaborative score.</param>
    /// <param name="content">The content score.</param>
    /// <param name="playsActivity">The candidate's score activity.</param>
    public static double Combine(double collaborative, double content, double playsActivity) =>
        ((CollaborativeWeight * collaborative) + (ContentWeight * content)) * (1 - ActivityShare + (ActivityShare * playsActivity));
}
