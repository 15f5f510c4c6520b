using System.Net;
using System.Net.Sockets;

namespace GameLibrary.Federation.Tests.Subscriptions.Support;

/// <summary>Loopback endpoints of subgraphs that are down (refuse connections) or hang (accept and never answer).</summary>
internal sealed class DeadPorts : IDisposable
{
    private readonly Socket _closed = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);

    public DeadPorts()
    {
        // Bound but not listening: connections are refused.
        _closed.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Refusing = new Uri($"http://127.0.0.1:{((IPEndPoint)_closed.LocalEndPoint!).Port}/graphql");

        // Listening, so connections are accepted by the OS backlog, but nobody ever answers the upgrade request.
        _silent.Start();
        Silent = new Uri($"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}/graphql");
    }

    /// <summary>A URL whose port refuses connections.</summary>
    public Uri Refusing { get; }

    /// <summary>A URL whose server never answers.</summary>
    public Uri Silent { get; }

    public void Dispose()
    {
        _closed.Dispose();
        _silent.Stop();
        _silent.Dispose();
    }
}
