namespace GameLibrary.Subgraph.Toolkit.Health;

/// <summary>The health check tags the subgraph endpoints select by.</summary>
public static class HealthCheckTags
{
    /// <summary>Checks that must pass before the subgraph takes traffic (database, Redis, …); run by <c>/health/ready</c>.</summary>
    public const string Ready = "ready";
}
