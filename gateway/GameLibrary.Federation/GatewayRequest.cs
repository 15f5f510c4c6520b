using System.Text.Json;

namespace GameLibrary.Federation;

/// <summary>One operation for the gateway to run.</summary>
/// <param name="Query">The GraphQL document text; null when <see cref="Extensions"/> names a persisted document instead.</param>
/// <param name="OperationName">The operation to run when the document holds several.</param>
/// <param name="Variables">The raw variables object (coerced against the API schema), if any.</param>
public sealed record GatewayRequest(string? Query, string? OperationName = null, JsonElement? Variables = null)
{
    /// <summary>
    /// Client request headers; those named in <see cref="FederationGatewayOptions.PropagatedHeaders"/> are forwarded to
    /// subgraphs, except the trace context headers (<see cref="TraceContext"/> carries those).
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The caller's W3C trace context (<see cref="Federation.TraceContext.From"/>), forwarded unchanged to the operation's
    /// subgraph requests when the gateway records no trace of its own; none by default.
    /// </summary>
    public TraceContext TraceContext { get; init; }

    /// <summary>When true only query operations may run (HTTP GET); a mutation gets <see cref="GatewayResultKind.OperationNotAllowed"/>.</summary>
    public bool QueryOnly { get; init; }

    /// <summary>
    /// The request's raw extensions, if any; the gateway reads <c>persistedQuery</c> (Apollo's
    /// <c>{"version":1,"sha256Hash":…}</c>) from it: see <see cref="FederationGatewayOptions.PersistedDocuments"/> and
    /// <see cref="FederationGatewayOptions.AutomaticPersistedQueries"/>.
    /// </summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>When true the response carries the query plan under <c>extensions.queryPlan</c>.</summary>
    public bool IncludeQueryPlan { get; init; }
}
