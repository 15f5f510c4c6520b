using System.Net;
using System.Net.Sockets;

namespace GameLibrary.AppHost.Platform;

/// <summary>Checks that the services' ports are free before anything starts, so a clash is reported plainly.</summary>
internal static class PortCheck
{
    /// <summary>Throws when one of the services' ports is in use.</summary>
    /// <param name="services">Each service's name and port.</param>
    /// <exception cref="LaunchException">A port is in use.</exception>
    public static void EnsureFree(IEnumerable<(string Name, int Port)> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach ((string name, int port) in services)
        {
            if (!IsFree(port))
            {
                throw new LaunchException(
                    $"Port {port} ({name}) is in use. Stop what listens on it (another apphost, or a subgraph started on its own)"
                    + (name == PlatformPlan.GatewayName ? ", or choose another gateway port with --port." : "."));
            }
        }
    }

    /// <summary>Whether a listener can bind <paramref name="port"/> on every interface, as the hosts do.</summary>
    /// <param name="port">The port.</param>
    public static bool IsFree(int port)
    {
        TcpListener listener = new(IPAddress.Any, port);
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                // As Kestrel does: connections of a host that just stopped, lingering in TIME_WAIT, do not block the port,
                // while a socket still listening on it does.
                listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }

            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
