using System.Diagnostics.Metrics;

using GameLibrary.Federation;
using GameLibrary.Gateway.Configuration;
using GameLibrary.Gateway.Http;
using GameLibrary.Gateway.Security;

using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Supergraphs;

/// <summary>
/// Turns a supergraph file into an engine with the configured subgraph URLs, timeouts, deduplication and headers,
/// the document limits, cost budget and introspection switch, all sending through one shared HTTP client that lives as long as the host, and recording the engine's metrics
/// on the host's meter factory.
/// </summary>
internal sealed class SupergraphLoader(IOptions<GatewayOptions> options, IMeterFactory meterFactory, IHostEnvironment environment) : IDisposable
{
    private readonly HttpClient _httpClient = SubgraphHttpClient.Create(options.Value.Http);

    /// <summary>Loads the SDL; throws <see cref="SupergraphException"/> naming the problem when it is broken.</summary>
    public FederationGateway Load(SupergraphFile file) => FederationGateway.Load(file.Text, CreateOptions());

    public void Dispose() => _httpClient.Dispose();

    private FederationGatewayOptions CreateOptions()
    {
        GatewayOptions settings = options.Value;
        FederationGatewayOptions engine = new()
        {
            HttpClient = _httpClient,
            SubgraphTimeout = settings.SubgraphTimeout,
            DeduplicateQueries = settings.DeduplicateQueries,
            BatchEntityFetches = settings.BatchEntityFetches,
            MeterFactory = meterFactory,
        };
        if (settings.PlanCacheSize is { } planCacheSize)
        {
            engine.PlanCacheSize = planCacheSize;
        }

        foreach ((string name, SubgraphOptions subgraph) in settings.Subgraphs)
        {
            if (subgraph.Url is { } url)
            {
                engine.SubgraphUrls[name] = url;
            }

            if (subgraph.Timeout is { } timeout)
            {
                engine.SubgraphTimeouts[name] = timeout;
            }

            if (subgraph.DeduplicateQueries is { } deduplicate)
            {
                engine.SubgraphDeduplication[name] = deduplicate;
            }

            if (subgraph.BatchEntityFetches is { } batch)
            {
                engine.SubgraphEntityFetchBatching[name] = batch;
            }
        }

        engine.SubscriptionsPerConnection = settings.Subscriptions.PerConnection;
        engine.Subscriptions.Enabled = settings.Subscriptions.FanOut;
        engine.Subscriptions.QueueCapacity = settings.Subscriptions.QueueCapacity;
        engine.Subscriptions.CoalescedFields.UnionWith(settings.Subscriptions.Coalesced);

        engine.Limits.MaxTokens = settings.Limits.MaxTokens;
        engine.Limits.MaxSelectionDepth = settings.Limits.MaxSelectionDepth;
        engine.Limits.MaxAliases = settings.Limits.MaxAliases;
        engine.Limits.MaxRootFields = settings.Limits.MaxRootFields;
        engine.Limits.MaxDirectivesPerField = settings.Limits.MaxDirectivesPerField;
        engine.Limits.MaxExpandedSelections = settings.Limits.MaxExpandedSelections;
        engine.Limits.IntrospectionEnabled = settings.Introspection.Enabled ?? environment.IsDevelopment();
        engine.DemandControl.Enabled = settings.DemandControl.Enabled;
        engine.DemandControl.MaxCost = settings.DemandControl.MaxCost;
        engine.DemandControl.DefaultListSize = settings.DemandControl.DefaultListSize;
        engine.DemandControl.SlicingArguments.Clear();
        engine.DemandControl.SlicingArguments.UnionWith(settings.DemandControl.SlicingArguments);

        if (settings.PersistedDocuments.Manifest is { } manifest)
        {
            engine.PersistedDocuments = PersistedDocumentManifest.Read(manifest);
        }

        engine.AutomaticPersistedQueries = settings.PersistedDocuments.AutomaticPersistedQueries;
        engine.AutomaticPersistedQueryCacheSize = settings.PersistedDocuments.AutomaticPersistedQueryCacheSize;

        engine.PropagatedHeaders.Clear();
        engine.PropagatedHeaders.UnionWith(settings.PropagatedHeaders);
        return engine;
    }
}
