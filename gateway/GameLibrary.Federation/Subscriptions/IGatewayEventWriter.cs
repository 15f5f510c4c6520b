namespace GameLibrary.Federation.Subscriptions;

/// <summary>
/// A host's way to write one subscriber's events straight to its connection (see <see cref="IGatewayDirectEvents"/>).
/// </summary>
public interface IGatewayEventWriter
{
    /// <summary>
    /// Writes <paramref name="result"/> to the subscriber's connection now, without waiting; true when it was written,
    /// false when nothing was (the connection is busy or gone, or the host writes only some results this way): the
    /// engine then hands the result to the subscriber's <c>MoveNextAsync</c> as usual. Never throws.
    /// </summary>
    bool TryWrite(GatewayResult result);
}
