using GameLibrary.Federation;
using GameLibrary.Gateway.Configuration;

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GameLibrary.Gateway.Execution;

/// <summary>Reads what the engine needs from a client's request headers.</summary>
internal sealed class RequestHeaders(IOptions<GatewayOptions> options)
{
    /// <summary>Apollo Router's header for asking for the query plan in <c>extensions</c>.</summary>
    public const string ExposeQueryPlan = "Apollo-Expose-Query-Plan";

    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    private readonly string[] _propagated = [.. options.Value.PropagatedHeaders];
    private readonly bool _exposeQueryPlan = options.Value.ExposeQueryPlan;

    /// <summary>
    /// The headers the engine forwards to subgraphs. Only the configured ones are copied: the engine ignores
    /// the rest, and copying every header of every request would cost for nothing.
    /// </summary>
    public IReadOnlyDictionary<string, string> Propagated(IHeaderDictionary headers)
    {
        Dictionary<string, string>? copied = null;
        foreach (string name in _propagated)
        {
            if (headers.TryGetValue(name, out StringValues values) && !StringValues.IsNullOrEmpty(values))
            {
                (copied ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))[name] = values.ToString();
            }
        }

        return copied ?? None;
    }

    /// <summary>
    /// The caller's W3C trace context, validated (<see cref="TraceContext.From"/>); none when the request has several
    /// traceparent headers (W3C: invalid). Nothing is allocated when it has none: the header is only looked up, and
    /// a valid one's strings are the request's own.
    /// </summary>
    public static TraceContext TraceContextOf(IHeaderDictionary headers) =>
        headers.TryGetValue(HeaderNames.TraceParent, out StringValues traceparent) && traceparent.Count == 1
            ? TraceContext.From(traceparent[0], headers.TryGetValue(HeaderNames.TraceState, out StringValues tracestate) ? tracestate.ToString() : null)
            : default;

    /// <summary>Whether the client asked for the plan (<c>Apollo-Expose-Query-Plan: true</c>) and the gateway allows it.</summary>
    public bool WantsQueryPlan(IHeaderDictionary headers) =>
        _exposeQueryPlan
        && headers.TryGetValue(ExposeQueryPlan, out StringValues value)
        && string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase);
}
