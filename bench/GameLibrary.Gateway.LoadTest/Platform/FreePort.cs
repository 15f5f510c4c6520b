using System.Net;
using System.Net.Sockets;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>Free loopback ports, so a drill or a soak never collides with the shared test servers or another run.</summary>
internal static class FreePort
{
    /// <summary>A port nothing listens on right now (the OS picks it).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
