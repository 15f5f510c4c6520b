using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Configuration;

/// <summary>Rejects settings the gateway cannot run with, naming the key, when the host starts.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        List<string> failures = [];
        RequirePositive(failures, "Gateway:SubgraphTimeout", options.SubgraphTimeout);
        foreach ((string subgraph, SubgraphOptions settings) in options.Subgraphs)
        {
            if (settings.Url is { } url && !(url.IsAbsoluteUri && url.Scheme is "http" or "https"))
            {
                failures.Add($"Gateway:Subgraphs:{subgraph}:Url must be an absolute http or https URL, not '{url}'.");
            }

            if (settings.Timeout is { } timeout)
            {
                RequirePositive(failures, $"Gateway:Subgraphs:{subgraph}:Timeout", timeout);
            }
        }

        if (options.PropagatedHeaders.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Gateway:PropagateHeaders must not contain empty header names.");
        }

        if (options.PlanCacheSize is <= 0)
        {
            failures.Add("Gateway:PlanCacheSize must be positive.");
        }

        RequirePositive(failures, "Gateway:Watch:PollInterval", options.Watch.PollInterval);
        if (options.Watch.Debounce < TimeSpan.Zero)
        {
            failures.Add("Gateway:Watch:Debounce must not be negative.");
        }

        RequirePositive(failures, "Gateway:Http:PooledConnectionLifetime", options.Http.PooledConnectionLifetime);
        RequirePositive(failures, "Gateway:Http:PooledConnectionIdleTimeout", options.Http.PooledConnectionIdleTimeout);
        RequirePositive(failures, "Gateway:Http:ConnectTimeout", options.Http.ConnectTimeout);
        if (options.Subscriptions.QueueCapacity <= 0)
        {
            failures.Add("Gateway:Subscriptions:QueueCapacity must be positive.");
        }

        if (options.Subscriptions.PerConnection <= 0)
        {
            failures.Add("Gateway:Subscriptions:PerConnection must be positive.");
        }

        if (options.Http.MaxConnectionsPerServer <= 0)
        {
            failures.Add("Gateway:Http:MaxConnectionsPerServer must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} must be a positive duration.");
        }
    }
}
