namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// Implemented by the enumerator of a shared subscription's events: a host that gives it a writer before reading gets
/// each event written by the thread that delivers it, while the host's read loop stays waiting in <c>MoveNextAsync</c>.
/// Only a subscriber whose writer declines (its connection busy: a slow client, another write) is woken with the
/// event, and its later events queue as before (bounded, coalesced or ended with <c>SUBSCRIPTION_OVERFLOW</c>) until
/// its loop has caught up and waits again. Each subscriber's events stay in order.
/// </summary>
public interface IGatewayDirectEvents
{
    /// <summary>Gives the subscriber its writer (once, before the first <c>MoveNextAsync</c>).</summary>
    void UseWriter(IGatewayEventWriter writer);
}
