using Microsoft.Extensions.Logging;

namespace GameLibrary.Transport.Logging;

/// <summary>The transport's log messages (source-generated, allocation-free when disabled).</summary>
internal static partial class TransportLog
{
    [LoggerMessage(1, LogLevel.Error, "The GraphQL executor failed on a {Transport} request.")]
    public static partial void ExecutionFailed(ILogger logger, string transport, Exception exception);

    [LoggerMessage(2, LogLevel.Error, "Writing a GraphQL result failed after the response had begun; the connection was aborted.")]
    public static partial void ResultWriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(3, LogLevel.Error, "The GraphQL event stream of a {Transport} operation failed.")]
    public static partial void StreamFailed(ILogger logger, string transport, Exception exception);

    [LoggerMessage(4, LogLevel.Error, "The GraphQL connection initializer failed; the WebSocket was closed.")]
    public static partial void ConnectionInitializerFailed(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Debug, "GraphQL WebSocket closed by the transport: {CloseStatus} {Reason}.")]
    public static partial void WebSocketClosing(ILogger logger, int closeStatus, string reason);

    [LoggerMessage(6, LogLevel.Debug, "A GraphQL connection ended abruptly.")]
    public static partial void ConnectionLost(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Information, "GraphQL transport shutting down with {InFlight} operation(s) in flight; deadline {Timeout}.")]
    public static partial void ShutdownStarted(ILogger logger, int inFlight, TimeSpan timeout);
}
