namespace GameLibrary.Gateway.Execution;

/// <summary>The <c>extensions.code</c> values of errors the gateway host raises itself (the engine's are in <c>ErrorCodes</c>).</summary>
internal static class GatewayHostErrorCodes
{
    /// <summary>No supergraph is loaded yet, so nothing can be served (503).</summary>
    public const string SupergraphUnavailable = "SUPERGRAPH_UNAVAILABLE";
}
