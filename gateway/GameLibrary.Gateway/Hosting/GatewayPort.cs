using System.Globalization;

using GameLibrary.Gateway.Configuration;

namespace GameLibrary.Gateway.Hosting;

/// <summary>Chooses where the gateway listens: <c>GATEWAY_PORT</c> (or <c>--port</c>) on every interface (IPv4 0.0.0.0 and IPv6), else the configured <c>Urls</c>, else port 4000.</summary>
internal static class GatewayPort
{
    /// <summary>The port to bind on all interfaces, or null to keep the configured <c>Urls</c>; throws naming a bad value.</summary>
    public static int? Resolve(IConfiguration configuration)
    {
        if (configuration[GatewayEnvironment.Port] is { Length: > 0 } value)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535
                ? port
                : throw new FormatException($"{GatewayEnvironment.Port} must be a port number between 0 and 65535, not '{value}'.");
        }

        return string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]) ? GatewayEnvironment.DefaultPort : null;
    }

    /// <summary>Applies <see cref="Resolve"/> to the application's URLs.</summary>
    public static void Apply(WebApplication app)
    {
        if (Resolve(app.Configuration) is { } port)
        {
            app.Urls.Clear();
            app.Urls.Add(string.Create(CultureInfo.InvariantCulture, $"http://+:{port}"));
        }
    }
}
