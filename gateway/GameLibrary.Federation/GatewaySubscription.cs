using System.Diagnostics.CodeAnalysis;

namespace GameLibrary.Federation;

/// <summary>
/// What <see cref="FederationGateway.SubscribeAsync"/> answers: either one result (a request error, or the
/// response of a query or mutation) or a stream of results, one per subscription event.
/// </summary>
public sealed class GatewaySubscription
{
    private GatewaySubscription(GatewayResult? result, IAsyncEnumerable<GatewayResult>? events)
    {
        Result = result;
        Events = events;
    }

    /// <summary>The single result, when <see cref="IsStream"/> is false.</summary>
    public GatewayResult? Result { get; }

    /// <summary>
    /// The event results, when <see cref="IsStream"/> is true. The subgraph subscription opens when enumeration
    /// starts and ends when the enumerator is disposed (or its cancellation token fires); the sequence ends when
    /// the subgraph completes the subscription, after a last result with the error if the subgraph fails.
    /// </summary>
    public IAsyncEnumerable<GatewayResult>? Events { get; }

    /// <summary>Whether this is a stream of events rather than a single result.</summary>
    [MemberNotNullWhen(true, nameof(Events))]
    [MemberNotNullWhen(false, nameof(Result))]
    public bool IsStream => Events is not null;

    internal static GatewaySubscription Single(GatewayResult result) => new(result, null);

    internal static GatewaySubscription Stream(IAsyncEnumerable<GatewayResult> events) => new(null, events);
}
