using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

using GameLibrary.Federation;
using GameLibrary.Federation.Composition;
using GameLibrary.Gateway.Configuration;
using GameLibrary.Gateway.Http;
using GameLibrary.Gateway.Supergraphs;
using GameLibrary.Gateway.Telemetry;

using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Composition;

/// <summary>
/// When <c>Gateway:Compose:Enabled</c> is set and no supergraph file is configured: asks every configured subgraph for
/// its SDL, composes, and serves the result through <see cref="SupergraphProvider"/> (so swaps keep their leases);
/// then asks again every poll interval and recomposes when an SDL changed. An unreachable subgraph, a composition
/// error or a supergraph the engine refuses is logged and the supergraph being served is kept.
/// </summary>
internal sealed class SupergraphComposition(
    SupergraphLoader loader,
    SupergraphProvider provider,
    GatewayTelemetry telemetry,
    IOptions<GatewayOptions> gatewayOptions,
    IOptions<ComposeOptions> composeOptions,
    ILogger<SupergraphComposition> logger) : BackgroundService
{
    private Dictionary<string, string> _servedSdls = new(StringComparer.Ordinal);

    // The SDLs last refused and the last problem logged: a poll that finds the same is not logged again.
    private string? _rejectedFingerprint;
    private string? _lastProblem;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        GatewayOptions settings = gatewayOptions.Value;
        ComposeOptions compose = composeOptions.Value;
        if (!compose.Enabled)
        {
            return;
        }

        if (settings.Supergraph is { Length: > 0 } file)
        {
            CompositionLog.FileConfigured(logger, file);
            return;
        }

        SubgraphSource[] sources = [.. settings.Subgraphs
            .Where(subgraph => subgraph.Value.Url is not null)
            .OrderBy(subgraph => subgraph.Key, StringComparer.Ordinal)
            .Select(subgraph => new SubgraphSource(subgraph.Key, subgraph.Value.Url!, SchemaFile: null))];
        if (sources.Length == 0)
        {
            CompositionLog.NoSubgraphs(logger);
            return;
        }

        CompositionLog.Composing(logger, string.Join(", ", sources.Select(source => $"{source.Name} ({source.Url})")), compose.PollInterval);
        using HttpClient httpClient = SubgraphHttpClient.Create(settings.Http);
        SubgraphSdlFetcher fetcher = new(httpClient);
        try
        {
            while (true)
            {
                await RefreshAsync(sources, fetcher, settings, stoppingToken).ConfigureAwait(false);
                TimeSpan delay = provider.Current is null && ComposeOptions.StartupRetryInterval < compose.PollInterval
                    ? ComposeOptions.StartupRetryInterval
                    : compose.PollInterval;
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RefreshAsync(SubgraphSource[] sources, SubgraphSdlFetcher fetcher, GatewayOptions settings, CancellationToken stoppingToken)
    {
        Task<SubgraphDefinition>[] fetches = [.. sources.Select(source => source.LoadAsync(fetcher, TimeoutOf(source.Name, settings), stoppingToken))];
        try
        {
            await Task.WhenAll(fetches).ConfigureAwait(false);
        }
        catch (SubgraphSourceException)
        {
            // Every unavailable subgraph is named, not only the first.
            Report(string.Join(" ", fetches
                .Where(fetch => fetch.IsFaulted)
                .Select(fetch => fetch.Exception!.InnerException!.Message)), CompositionLog.SubgraphUnavailable);
            return;
        }

        SubgraphDefinition[] subgraphs = [.. fetches.Select(fetch => fetch.Result)];
        string[] changed = [.. subgraphs
            .Where(subgraph => !_servedSdls.TryGetValue(subgraph.Name, out string? served) || served != subgraph.Sdl)
            .Select(subgraph => subgraph.Name)];
        if (changed.Length == 0)
        {
            _lastProblem = null;
            return;
        }

        string fingerprint = Fingerprint(subgraphs);
        if (fingerprint == _rejectedFingerprint)
        {
            return;
        }

        if (provider.Current is not null)
        {
            CompositionLog.Changed(logger, string.Join(", ", changed));
        }

        long started = Stopwatch.GetTimestamp();
        CompositionResult result = SupergraphComposer.Compose(subgraphs);
        foreach (CompositionHint hint in result.Hints)
        {
            CompositionLog.Hint(logger, hint.Code, hint.Message);
        }

        if (result.Supergraph is not { } supergraph)
        {
            Reject(fingerprint, string.Join(" ", result.Errors.Select(error => $"{error.Code}: {error.Message}")), CompositionLog.CompositionFailed);
            return;
        }

        SupergraphFile file = Describe(subgraphs, supergraph);
        FederationGateway gateway;
        try
        {
            gateway = loader.Load(file);
        }
        catch (Exception exception)
        {
            // Whatever the engine throws, the composition is what is wrong and the old supergraph stays.
            Reject(fingerprint, exception.Message, (logger, problem, serving) =>
                CompositionLog.LoadFailed(logger, exception is SupergraphException ? null : exception, problem, serving));
            return;
        }

        provider.Install(gateway, file, Stopwatch.GetElapsedTime(started));
        _servedSdls = subgraphs.ToDictionary(subgraph => subgraph.Name, subgraph => subgraph.Sdl, StringComparer.Ordinal);
        _rejectedFingerprint = null;
        _lastProblem = null;
    }

    private void Reject(string fingerprint, string problem, Action<ILogger, string, string> log)
    {
        _rejectedFingerprint = fingerprint;
        telemetry.SupergraphRejected();
        Report(problem, log);
    }

    private void Report(string problem, Action<ILogger, string, string> log)
    {
        if (problem != _lastProblem)
        {
            _lastProblem = problem;
            log(logger, problem, provider.Current is { } current ? $"supergraph version {current.Version}" : "no supergraph yet");
        }
    }

    private static TimeSpan TimeoutOf(string name, GatewayOptions settings) =>
        settings.Subgraphs.TryGetValue(name, out SubgraphOptions? subgraph) && subgraph.Timeout is { } timeout ? timeout : settings.SubgraphTimeout;

    /// <summary>The composed supergraph as the provider records a source: named after the subgraphs it came from.</summary>
    private static SupergraphFile Describe(SubgraphDefinition[] subgraphs, string supergraph)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(supergraph);
        string source = "the composition of " + string.Join(", ", subgraphs.Select(subgraph => $"{subgraph.Name} ({subgraph.Url})"));
        return new SupergraphFile(source, supergraph, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
    }

    private static string Fingerprint(SubgraphDefinition[] subgraphs) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join("\0", subgraphs.Select(subgraph => $"{subgraph.Name}\0{subgraph.Sdl}")))));
}
