using GameLibrary.Gateway.Supergraphs;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameLibrary.Gateway.Health;

/// <summary>
/// Ready once a supergraph is loaded (a broken reload later changes nothing: the old one is still served),
/// and no longer once shutdown began, so load balancers stop sending traffic while in-flight requests drain.
/// </summary>
internal sealed class SupergraphHealthCheck(SupergraphProvider provider, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public const string Name = "supergraph";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            lifetime.ApplicationStopping.IsCancellationRequested ? HealthCheckResult.Unhealthy("The gateway is shutting down.")
            : provider.Current is { } current ? HealthCheckResult.Healthy($"Serving supergraph version {current.Version}.")
            : HealthCheckResult.Unhealthy("No supergraph is loaded yet."));
}
