namespace GameLibrary.Recommendations.Scoring;

/// <summary>The content similarity of two games and what they share (the material of reasons).</summary>
/// <param name="Score">The weighted cosine, in [0, 1].</param>
/// <param name="SharedGenres">How many genres both have.</param>
/// <param name="SharedPlatforms">How many platforms both have.</param>
/// <param name="SharedCompanies">How many companies (developers or publishers) both have.</param>
/// <param name="SameDeveloper">Whether a developer made both.</param>
/// <param name="SameDecade">Whether both were released in the same decade.</param>
public readonly record struct ContentMatch(double Score, int SharedGenres, int SharedPlatforms, int SharedCompanies, bool SameDeveloper, bool SameDecade)
{
    /// <summary>No similarity.</summary>
    public static ContentMatch None => default;
}
