namespace GameLibrary.AppHost.Health;

/// <summary>How waiting for a service's readiness ended.</summary>
internal enum HealthOutcome
{
    /// <summary>The readiness endpoint answered 200.</summary>
    Healthy,

    /// <summary>It did not answer 200 in time.</summary>
    TimedOut,

    /// <summary>The process exited first.</summary>
    Exited,
}
