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

        RequirePositive(failures, "Gateway:IdleTrim:QuietPeriod", options.IdleTrim.QuietPeriod);
        if (options.IdleTrim.QuietAllocationRate < 0 || options.IdleTrim.MinimumGrowth < 0 || options.IdleTrim.MinimumInterval < TimeSpan.Zero)
        {
            failures.Add("Gateway:IdleTrim:QuietAllocationRate, MinimumGrowth and MinimumInterval must not be negative.");
        }

        RequirePositive(failures, "Gateway:Limits:MaxTokens", options.Limits.MaxTokens);
        RequirePositive(failures, "Gateway:Limits:MaxSelectionDepth", options.Limits.MaxSelectionDepth);
        RequireNotNegative(failures, "Gateway:Limits:MaxAliases", options.Limits.MaxAliases);
        RequirePositive(failures, "Gateway:Limits:MaxRootFields", options.Limits.MaxRootFields);
        RequireNotNegative(failures, "Gateway:Limits:MaxDirectivesPerField", options.Limits.MaxDirectivesPerField);
        RequirePositive(failures, "Gateway:Limits:MaxExpandedSelections", options.Limits.MaxExpandedSelections);
        RequireNotNegative(failures, "Gateway:DemandControl:DefaultListSize", options.DemandControl.DefaultListSize);
        if (!(options.DemandControl.MaxCost > 0))
        {
            failures.Add("Gateway:DemandControl:MaxCost must be positive.");
        }

        foreach (string origin in options.Cors.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/" || origin.EndsWith('/'))
            {
                failures.Add($"Gateway:Cors:AllowedOrigins must hold origins like 'https://example.com' (scheme, host, optional port), not '{origin}'.");
            }
        }

        RequirePositive(failures, "Gateway:Cors:PreflightMaxAge", options.Cors.PreflightMaxAge);
        if (options.PersistedDocuments.AutomaticPersistedQueryCacheSize <= 0)
        {
            failures.Add("Gateway:PersistedDocuments:AutomaticPersistedQueryCacheSize must be positive.");
        }

        if (options.PersistedDocuments.Manifest is { } manifest)
        {
            try
            {
                _ = Security.PersistedDocumentManifest.Read(manifest);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
            {
                failures.Add($"Gateway:PersistedDocuments:Manifest cannot be read: {exception.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string key, int value)
    {
        if (value <= 0)
        {
            failures.Add($"{key} must be positive.");
        }
    }

    private static void RequireNotNegative(List<string> failures, string key, int value)
    {
        if (value < 0)
        {
            failures.Add($"{key} must not be negative.");
        }
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} must be a positive duration.");
        }
    }
}
