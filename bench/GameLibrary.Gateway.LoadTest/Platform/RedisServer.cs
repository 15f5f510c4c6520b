using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// A redis-server of the run's own on a free loopback port, without persistence: stopping it and starting it again is
/// Redis lost and back empty (what a drill wants), and never touches a shared server.
/// </summary>
/// <param name="ledger">Where the run writes down the processes it starts.</param>
internal sealed class RedisServer(RunLedger ledger) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gamelibrary-redis-");
    private ChildProcess? _process;

    /// <summary>Its port, the same across restarts.</summary>
    public int Port { get; } = FreePort.Next();

    /// <summary>The StackExchange.Redis configuration the hosts get (they keep reconnecting while it is down).</summary>
    public string Configuration => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port},abortConnect=false,connectTimeout=5000,syncTimeout=15000,asyncTimeout=15000");

    /// <summary>Its memory now (0 when stopped).</summary>
    public long ResidentBytes() => _process is { HasExited: false } process ? process.ResidentBytes() : 0;

    /// <summary>Starts it and waits until it answers PING.</summary>
    public async Task StartAsync()
    {
        _process = ChildProcess.Start(
            "redis",
            "redis-server",
            ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _directory.FullName],
            _directory.FullName);
        ledger.Record("redis", _process.Id, _directory.FullName);
        DateTime deadline = DateTime.UtcNow + Patience;
        while (!await AnswersPingAsync().ConfigureAwait(false))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not start on port {Port}:{Environment.NewLine}{_process.Output()}");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>Stops it (SIGTERM) and waits until it is gone; its data goes with it.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            process.Terminate();
            await process.WaitForExitAsync().ConfigureAwait(false);
            process.Dispose();
            _process = null;
        }
    }

    /// <summary>Kills the server and deletes its directory; safe to call more than once.</summary>
    public void Dispose()
    {
        _process?.Dispose();
        _process = null;
        if (Directory.Exists(_directory.FullName))
        {
            _directory.Delete(recursive: true);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port).ConfigureAwait(false);
            using NetworkStream stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray()).ConfigureAwait(false);
            byte[] answer = new byte[16];
            int read = await stream.ReadAsync(answer).ConfigureAwait(false);
            return Encoding.ASCII.GetString(answer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
