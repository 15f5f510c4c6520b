namespace GameLibrary.Transport.Execution;

/// <summary>
/// An enumerator of a subscription's events whose producer can write events straight to the subscriber's connection
/// (<see cref="IGraphQLEventWriter"/>) instead of waking the transport's read loop for each one: an event shared by
/// thousands of subscribers then costs one write per connection on the delivering thread, and no continuation of a
/// waiting loop per subscriber. The transports offer their writer before they start reading; a producer uses it only
/// while the transport waits in <c>MoveNextAsync</c> with nothing queued, and falls back to completing that wait
/// whenever the writer declines.
/// </summary>
public interface IGraphQLDirectEvents
{
    /// <summary>Offers the connection's writer (called once, before the first <c>MoveNextAsync</c>).</summary>
    void UseWriter(IGraphQLEventWriter writer);
}
