namespace GameLibrary.Gateway.Configuration;

/// <summary>
/// The short configuration keys (environment variables) of the gateway's two main settings. The command
/// line's <c>--supergraph</c> and <c>--port</c> are written to the same keys, so option beats variable
/// beats the <c>Gateway</c> section.
/// </summary>
internal static class GatewayEnvironment
{
    /// <summary>The supergraph file.</summary>
    public const string Supergraph = "GATEWAY_SUPERGRAPH";

    /// <summary>The HTTP port.</summary>
    public const string Port = "GATEWAY_PORT";

    /// <summary>The port served on when neither <see cref="Port"/> nor <c>Urls</c> is set.</summary>
    public const int DefaultPort = 4000;
}
