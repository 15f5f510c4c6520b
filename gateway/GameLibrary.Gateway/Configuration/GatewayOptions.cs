using GameLibrary.Federation.DemandControl;
using GameLibrary.Federation.Requests;
using GameLibrary.Gateway.Memory;

namespace GameLibrary.Gateway.Configuration;

/// <summary>The gateway's settings, bound from the <c>Gateway</c> configuration section.</summary>
internal sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>The supergraph file to serve and watch; <c>GATEWAY_SUPERGRAPH</c> (and <c>--supergraph</c>) override it.</summary>
    public string? Supergraph { get; set; }

    /// <summary>
    /// Client request headers forwarded to every subgraph. Null means the default, Authorization; a
    /// default list would be appended to rather than replaced by the configuration binder.
    /// </summary>
    public string[]? PropagateHeaders { get; set; }

    /// <summary>How long one subgraph request may take unless the subgraph has its own <see cref="SubgraphOptions.Timeout"/>.</summary>
    public TimeSpan SubgraphTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether identical query requests to a subgraph that are in flight at the same moment are sent once and
    /// their answer shared, unless the subgraph has its own <see cref="SubgraphOptions.DeduplicateQueries"/>
    /// (default true; mutations and subscriptions are never shared).
    /// </summary>
    public bool DeduplicateQueries { get; set; } = true;

    /// <summary>
    /// Whether the entity fetches to one subgraph that a plan runs at the same step are sent as one request, unless
    /// the subgraph has its own <see cref="SubgraphOptions.BatchEntityFetches"/> (default true).
    /// </summary>
    public bool BatchEntityFetches { get; set; } = true;

    /// <summary>Per-subgraph settings by subgraph name (the supergraph's <c>join__graph</c> name, e.g. <c>catalog</c>).</summary>
    public Dictionary<string, SubgraphOptions> Subgraphs { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a client may ask for the query plan with <c>Apollo-Expose-Query-Plan: true</c> (default true).</summary>
    public bool ExposeQueryPlan { get; set; } = true;

    /// <summary>How many distinct documents' plans each supergraph caches; null keeps the engine's default.</summary>
    public int? PlanCacheSize { get; set; }

    /// <summary>How the supergraph file is watched.</summary>
    public SupergraphWatchOptions Watch { get; } = new();

    /// <summary>The pooled HTTP connections to the subgraphs.</summary>
    public SubgraphHttpOptions Http { get; } = new();

    /// <summary>How client subscriptions share upstream subscriptions.</summary>
    public SubscriptionOptions Subscriptions { get; } = new();

    /// <summary>Limits on documents (<c>Gateway:Limits</c>: MaxTokens, MaxSelectionDepth, MaxAliases, MaxRootFields, MaxDirectivesPerField, MaxExpandedSelections).</summary>
    public OperationLimitOptions Limits { get; } = new();

    /// <summary>The cost budget (<c>Gateway:DemandControl</c>: Enabled, MaxCost, DefaultListSize, SlicingArguments).</summary>
    public DemandControlOptions DemandControl { get; } = new();

    /// <summary>Whether clients may introspect (<c>Gateway:Introspection:Enabled</c>; default: only in Development).</summary>
    public IntrospectionOptions Introspection { get; } = new();

    /// <summary>Cross-origin access for browser pages of other origins (<c>Gateway:Cors</c>; default none).</summary>
    public CrossOriginOptions Cors { get; } = new();

    /// <summary>The persisted-documents mode (<c>Gateway:PersistedDocuments:Manifest</c>; default off).</summary>
    public PersistedDocumentOptions PersistedDocuments { get; } = new();

    /// <summary>Returning spare heap memory once the gateway is quiet (<c>Gateway:IdleTrim</c>: Enabled, QuietPeriod, QuietAllocationRate, MinimumGrowth, MinimumInterval).</summary>
    public IdleTrimOptions IdleTrim { get; } = new();

    /// <summary>The headers to propagate: the configured ones, or Authorization.</summary>
    public IReadOnlyList<string> PropagatedHeaders => PropagateHeaders ?? ["Authorization"];
}
