using System.Net;
using System.Net.Sockets;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>
/// A loopback port that refuses connections: bound (so nothing else takes it while the scenario runs) but never
/// listening. A "down" subgraph's URL points here.
/// </summary>
internal sealed class ClosedPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_socket.LocalEndPoint!).Port}/graphql");
    }

    /// <summary>A GraphQL URL on the closed port.</summary>
    public Uri Url { get; }

    public void Dispose() => _socket.Dispose();
}
