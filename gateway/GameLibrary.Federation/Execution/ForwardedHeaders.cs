using System.Diagnostics;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// What the subgraph requests of an operation carry from its caller: the propagated headers, which are part of what
/// makes two subgraph requests or subscriptions identical (authorization may change the answer), and the caller's
/// trace context, which is not (it differs per caller and changes no answer), so deduplication and subscription
/// fan-out never look at it. A class: one object per operation, where a struct would widen every async frame that
/// passes it on (several per subgraph request).
/// </summary>
/// <param name="Propagated">The client headers named in <see cref="FederationGatewayOptions.PropagatedHeaders"/>.</param>
/// <param name="TraceContext">The caller's W3C trace context (none when it sent none or an invalid one).</param>
internal sealed record ForwardedHeaders(IReadOnlyDictionary<string, string> Propagated, TraceContext TraceContext)
{
    /// <summary>
    /// Puts the caller's trace context on a request sent now (<paramref name="add"/> sets one header of
    /// <paramref name="target"/>) when the gateway records no trace of its own; nothing when an <see cref="Activity"/> is
    /// current: the HTTP client's instrumentation then sends the gateway's own span as the parent, and a second
    /// traceparent must never go.
    /// </summary>
    public void AddTraceContext<TTarget>(TTarget target, Action<TTarget, string, string> add)
    {
        if (TraceContext.Traceparent is not { } traceparent || Activity.Current is not null)
        {
            return;
        }

        add(target, TraceContext.TraceparentHeader, traceparent);
        if (TraceContext.Tracestate is { } tracestate)
        {
            add(target, TraceContext.TracestateHeader, tracestate);
        }
    }
}
