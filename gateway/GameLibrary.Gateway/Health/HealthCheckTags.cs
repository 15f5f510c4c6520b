namespace GameLibrary.Gateway.Health;

/// <summary>The health check tags the endpoints select by.</summary>
internal static class HealthCheckTags
{
    /// <summary>Checks that must pass before the gateway takes traffic; run by <c>/health/ready</c>.</summary>
    public const string Ready = "ready";
}
