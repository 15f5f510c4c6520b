using System.Net;
using System.Net.Sockets;

using GameLibrary.AppHost.Platform;

namespace GameLibrary.AppHost.Tests.Platform;

public sealed class PortCheckTests
{
    [Fact]
    public void A_port_someone_listens_on_is_reported_with_the_service_that_needs_it()
    {
        using TcpListener taken = new(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;

        LaunchException failure = Assert.Throws<LaunchException>(() => PortCheck.EnsureFree([("gateway", port)]));

        Assert.False(PortCheck.IsFree(port));
        Assert.StartsWith($"Port {port} (gateway) is in use.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("--port", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_port_passes_and_stays_free()
    {
        int port;
        using (TcpListener probe = new(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        PortCheck.EnsureFree([("catalog", port)]);

        Assert.True(PortCheck.IsFree(port));
    }
}
