namespace GameLibrary.Transport.Execution;

/// <summary>
/// A subscriber's connection as a producer of events may write to it directly (see <see cref="IGraphQLDirectEvents"/>):
/// the transport writes the event's frame and flushes it on the caller's thread.
/// </summary>
public interface IGraphQLEventWriter
{
    /// <summary>
    /// Writes <paramref name="result"/> to the connection now, without waiting: true when it was written (a flush that
    /// could not finish at once goes on by itself, and until it has, further calls return false); false when nothing
    /// was written — the connection is busy (another write, a keep-alive), gone, or the result is not one the transport
    /// writes this way (only shared, already rendered results are). On false the caller delivers the result the
    /// ordinary way, through the stream's <see cref="IAsyncEnumerator{T}.MoveNextAsync"/>, which keeps the order.
    /// Never throws. Call it only while the transport waits in <c>MoveNextAsync</c>, and one call at a time.
    /// </summary>
    bool TryWrite(IGraphQLResult result);
}
