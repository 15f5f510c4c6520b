namespace GameLibrary.Recommendations.Scoring;

/// <summary>What the popularity of a game is made of, at one instant.</summary>
/// <param name="RatingsCount">How many players rate the game now.</param>
/// <param name="RatingsSum">The sum of their ratings (1–10 each).</param>
/// <param name="DecayedRatings">The ratings, each weighted by the decay of its age.</param>
/// <param name="DecayedLibraryAdds">The library entries, each weighted by the decay of the age of its addition.</param>
/// <param name="DecayedPlays">The accepted scores, each weighted by the decay of its age.</param>
public readonly record struct PopularitySignals(int RatingsCount, long RatingsSum, double DecayedRatings, double DecayedLibraryAdds, double DecayedPlays);
