namespace GameLibrary.Recommendations.Events;

/// <summary>The consumer name the recommendations subgraph reads every log under (its offsets and processed-event marks).</summary>
public static class RecommendationsConsumer
{
    /// <summary>The consumer name.</summary>
    public const string Name = "recommendations";
}
