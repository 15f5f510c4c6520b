using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// A PostgreSQL 15 of the run's own: a cluster made with initdb in a temp dir, served on a free loopback port, stopped
/// and started again by the drills. As root it runs as the postgres account (PostgreSQL refuses root), like
/// scripts/test.sh. Durability settings are off: the drills restart it cleanly or kill its clients, never the machine.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("gamelibrary-postgres-");
    private readonly RunLedger _ledger;
    private bool _running;

    private PostgresServer(RunLedger ledger) => _ledger = ledger;

    /// <summary>Its port, the same across restarts.</summary>
    public int Port { get; } = FreePort.Next();

    private string DataDirectory => Path.Combine(_root.FullName, "data");

    private string SocketDirectory => Path.Combine(_root.FullName, "socket");

    /// <summary>An Npgsql connection string to <paramref name="database"/> (created by the host's migrations on first start).</summary>
    public string ConnectionString(string database) => string.Create(
        CultureInfo.InvariantCulture,
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=40;Timeout=30;Command Timeout=30");

    /// <summary>Makes the cluster and starts it, written down in <paramref name="ledger"/>.</summary>
    public static async Task<PostgresServer> CreateAsync(RunLedger ledger)
    {
        var server = new PostgresServer(ledger);
        try
        {
            Directory.CreateDirectory(server.DataDirectory);
            Directory.CreateDirectory(server.SocketDirectory);
            if (ExternalCommand.IsRoot)
            {
                // The temp dir is private to root; the postgres account must reach and own its cluster.
                await ExternalCommand.RunAsync("chmod", ["755", server._root.FullName], Patience).ConfigureAwait(false);
                await ExternalCommand.RunAsync("chown", ["postgres:postgres", server.DataDirectory, server.SocketDirectory], Patience).ConfigureAwait(false);
            }

            await server.RunAsync("initdb", ["-D", server.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]).ConfigureAwait(false);
            await server.StartAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        string options = string.Create(
            CultureInfo.InvariantCulture,
            $"-p {Port} -k {SocketDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        await RunAsync("pg_ctl", ["-D", DataDirectory, "-w", "-t", "90", "-l", Path.Combine(DataDirectory, "server.log"), "-o", options, "start"]).ConfigureAwait(false);
        _running = true;

        // pg_ctl detaches the server: the first line of postmaster.pid is the only way to its process.
        string postmaster = (await File.ReadAllLinesAsync(Path.Combine(DataDirectory, "postmaster.pid")).ConfigureAwait(false))[0];
        _ledger.Record("postgres", int.Parse(postmaster, CultureInfo.InvariantCulture), _root.FullName);
    }

    /// <summary>Stops the server (fast: open sessions are ended, as in a restart for maintenance).</summary>
    public async Task StopAsync()
    {
        await RunAsync("pg_ctl", ["-D", DataDirectory, "-w", "-t", "90", "-m", "fast", "stop"]).ConfigureAwait(false);
        _running = false;
    }

    /// <summary>Stops the server at once and deletes the cluster; safe to call more than once.</summary>
    public void Dispose()
    {
        if (_running)
        {
            _running = false;
            RunAsync("pg_ctl", ["-D", DataDirectory, "-w", "-m", "immediate", "stop"]).GetAwaiter().GetResult();
        }

        if (Directory.Exists(_root.FullName))
        {
            _root.Delete(recursive: true);
        }
    }

    private Task<string> RunAsync(string tool, IReadOnlyList<string> arguments) =>
        ExternalCommand.IsRoot
            ? ExternalCommand.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. arguments], Patience)
            : ExternalCommand.RunAsync(Path.Combine(Bin, tool), arguments, Patience);
}
