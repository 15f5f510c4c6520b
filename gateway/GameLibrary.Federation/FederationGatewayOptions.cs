using System.Diagnostics.Metrics;

using GameLibrary.Federation.DemandControl;
using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Subscriptions;

namespace GameLibrary.Federation;

/// <summary>Options of a <see cref="FederationGateway"/>.</summary>
public sealed class FederationGatewayOptions
{
    /// <summary>
    /// Subgraph URLs that replace those of the supergraph's <c>join__graph</c> definitions, by subgraph
    /// name (the <c>name</c> argument of <c>@join__graph</c>, e.g. "catalog").
    /// </summary>
    public IDictionary<string, Uri> SubgraphUrls { get; } = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long one subgraph request may take before its fields fail with SUBREQUEST_TIMEOUT.</summary>
    public TimeSpan SubgraphTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Per-subgraph timeouts that override <see cref="SubgraphTimeout"/>, by subgraph name.</summary>
    public IDictionary<string, TimeSpan> SubgraphTimeouts { get; } = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether identical query requests to a subgraph (same operation text, variables and propagated headers) that
    /// are in flight at the same moment are sent once and their answer shared (default true). Mutations and
    /// subscriptions are never shared.
    /// </summary>
    public bool DeduplicateQueries { get; set; } = true;

    /// <summary>Per-subgraph overrides of <see cref="DeduplicateQueries"/>, by subgraph name.</summary>
    public IDictionary<string, bool> SubgraphDeduplication { get; } = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the entity fetches to one subgraph that a plan runs at the same step (different paths) are sent as
    /// one request (default true): one <c>_entities</c> list when their selections match, representations
    /// de-duplicated across the paths, otherwise one aliased <c>_entities</c> field per fetch. Plans show it as
    /// <c>Batch</c> nodes.
    /// </summary>
    public bool BatchEntityFetches { get; set; } = true;

    /// <summary>Per-subgraph overrides of <see cref="BatchEntityFetches"/>, by subgraph name.</summary>
    public IDictionary<string, bool> SubgraphEntityFetchBatching { get; } = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the engine's meter (<see cref="FederationMetrics.MeterName"/>) comes from; null: the engine creates
    /// its own meter and disposes it with itself.
    /// </summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>
    /// Client request headers forwarded to every subgraph request (case-insensitive names). Not <c>traceparent</c> nor
    /// <c>tracestate</c>, even when named here: <see cref="GatewayRequest.TraceContext"/> carries those.
    /// </summary>
    public ISet<string> PropagatedHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Authorization" };

    /// <summary>
    /// The HTTP client used for subgraph requests. Null: the gateway creates one pooled client
    /// (SocketsHttpHandler) and disposes it with itself.
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>How many distinct documents' plans are cached.</summary>
    public int PlanCacheSize { get; set; } = 1024;

    /// <summary>
    /// How many subscriptions share one graphql-transport-ws connection to a subgraph (default 100) before the
    /// gateway opens another; connections are shared only between subscriptions with the same forwarded headers.
    /// </summary>
    public int SubscriptionsPerConnection { get; set; } = 100;

    /// <summary>How identical subscriptions share upstream subscriptions, and how slow subscribers are treated.</summary>
    public SubscriptionFanoutOptions Subscriptions { get; } = new();

    /// <summary>Limits on documents (tokens, depth, aliases, root fields, directives) and whether introspection is allowed.</summary>
    public OperationLimitOptions Limits { get; } = new();

    /// <summary>The cost budget every operation's estimate is checked against before any subgraph is called.</summary>
    public DemandControlOptions DemandControl { get; } = new();

    /// <summary>
    /// A persisted query manifest's operations, id → body. When set, only these bodies run (any other text is refused
    /// with PERSISTED_QUERY_NOT_IN_LIST), and a request may name one by its id or by the SHA-256 of its body (lowercase
    /// hex of the UTF-8 text) in <c>extensions.persistedQuery.sha256Hash</c> without sending the text; automatic
    /// persisted queries are then off. Null (default): any document runs.
    /// </summary>
    public IReadOnlyDictionary<string, string>? PersistedDocuments { get; set; }

    /// <summary>
    /// Automatic persisted queries (Apollo's APQ), when there are no <see cref="PersistedDocuments"/>: a hash-only request
    /// for an unknown hash gets PERSISTED_QUERY_NOT_FOUND, the client sends the text with its hash, and a text whose hash
    /// matches and that prepares is kept for later hash-only requests. On by default, as in Apollo Server and Router.
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// How many characters of document text the APQ cache keeps (least recently used dropped first). Defaults to
    /// 4,194,304 (8 MiB of UTF-16 text: thousands of typical operations); a larger text is run but not kept.
    /// </summary>
    public long AutomaticPersistedQueryCacheSize { get; set; } = 4 * 1024 * 1024;
}
