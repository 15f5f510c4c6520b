using System.Globalization;
using System.Net;
using System.Net.Sockets;

using Garnet;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameLibrary.Redis;

/// <summary>
/// A Garnet server running inside this process on 127.0.0.1, speaking RESP so the same
/// StackExchange.Redis code serves it and a real Redis. Several can run side by side on
/// different ports.
/// </summary>
/// <remarks>
/// Garnet serves strings, hashes, lists, sorted sets, pub/sub and Lua, but not Streams.
/// Lua runs in transaction mode: without it Garnet executes scripts of different
/// connections concurrently, so a script is not isolated the way it is on Redis.
/// </remarks>
public sealed class EmbeddedGarnetServer : IDisposable
{
    // A free port found by binding port 0 can be taken by someone else before Garnet binds it.
    private const int FreePortAttempts = 5;

    private readonly GarnetServer _server;

    private EmbeddedGarnetServer(GarnetServer server, int port, string? dataDirectory)
    {
        _server = server;
        Port = port;
        DataDirectory = dataDirectory;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The directory holding the append-only file, or <see langword="null"/> when in memory only.</summary>
    public string? DataDirectory { get; }

    /// <summary>A StackExchange.Redis configuration string that connects to this server.</summary>
    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Starts a server; it accepts connections when this returns.</summary>
    /// <param name="options">Port and persistence; defaults to a free port, in memory only.</param>
    /// <param name="loggerFactory">Receives Garnet's own log; nothing is logged when omitted.</param>
    public static EmbeddedGarnetServer Start(EmbeddedGarnetOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        options ??= new EmbeddedGarnetOptions();
        loggerFactory ??= NullLoggerFactory.Instance;
        var dataDirectory = options.DataDirectory is { Length: > 0 } directory ? Path.GetFullPath(directory) : null;
        if (dataDirectory is not null)
        {
            Directory.CreateDirectory(dataDirectory);
        }

        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port != 0 ? options.Port : FindFreePort();
            var server = new GarnetServer(Arguments(port, dataDirectory), loggerFactory);
            try
            {
                server.Start();
                return new EmbeddedGarnetServer(server, port, dataDirectory);
            }
            catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse
                && options.Port == 0 && attempt < FreePortAttempts)
            {
                server.Dispose(deleteDir: false);
            }
            catch
            {
                server.Dispose(deleteDir: false);
                throw;
            }
        }
    }

    /// <summary>Stops the server and releases its memory; the data directory is kept.</summary>
    public void Dispose() => _server.Dispose(deleteDir: false);

    private static string[] Arguments(int port, string? dataDirectory)
    {
        List<string> arguments =
        [
            "--bind", "127.0.0.1",
            "--port", port.ToString(CultureInfo.InvariantCulture),
            "--lua", "true",
            "--lua-transaction-mode", "true",
            // The default 128 MB hash index is sized for production; a development store holds few keys.
            "--index", "16m",
            // No startup banner on the console.
            "-q",
        ];
        if (dataDirectory is not null)
        {
            // The append-only file commits every write and is replayed by --recover at the next start.
            // RandomAccess avoids the native device, which needs libaio on Linux.
            arguments.AddRange(["--aof", "--recover", "--checkpointdir", dataDirectory, "--device-type", "RandomAccess"]);
        }

        return [.. arguments];
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
