using GameLibrary.AppHost.Cli;
using GameLibrary.AppHost.Platform;
using GameLibrary.Testing;

using Npgsql;

namespace GameLibrary.AppHost.Tests.Platform;

public sealed class DataResetTests
{
    private static readonly LaunchOptions Reseed = new(500, true, false, 4000, null, null, TimeSpan.FromSeconds(120));

    [Fact]
    public async Task On_the_embedded_defaults_the_subgraphs_SQLite_files_and_the_Garnet_log_are_deleted_and_nothing_else()
    {
        using TempDirectory root = new();
        string data = Directory.CreateDirectory(Path.Combine(root.Path, ".data")).FullName;
        foreach (string file in (string[])["catalog.db", "catalog.db-wal", "catalog.db-shm", "users.db", "notes.txt"])
        {
            await File.WriteAllTextAsync(Path.Combine(data, file), "x");
        }

        Directory.CreateDirectory(Path.Combine(data, "garnet", "Store"));
        List<string> reports = [];

        await DataReset.RunAsync(Reseed, root.Path, reports.Add, CancellationToken.None);

        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(data).Select(Path.GetFileName));
        Assert.Equal(
            [$"deleting {Path.Combine(data, "catalog.db")}", $"deleting {Path.Combine(data, "users.db")}", $"deleting {Path.Combine(data, "garnet")}"],
            reports);
    }

    [Fact]
    public async Task A_first_run_has_nothing_to_delete()
    {
        using TempDirectory root = new();
        List<string> reports = [];

        await DataReset.RunAsync(Reseed, root.Path, reports.Add, CancellationToken.None);

        Assert.Empty(reports);
        Assert.False(Directory.Exists(Path.Combine(root.Path, ".data")));
    }

    [Fact]
    public async Task A_given_Redis_is_left_alone()
    {
        using TempDirectory root = new();
        string garnet = Directory.CreateDirectory(Path.Combine(root.Path, ".data", "garnet")).FullName;

        await DataReset.RunAsync(Reseed with { Redis = "redis:6379" }, root.Path, _ => { }, CancellationToken.None);

        Assert.True(Directory.Exists(garnet));
    }

    [Fact]
    public async Task With_PostgreSQL_the_subgraphs_databases_are_dropped_even_with_sessions_open()
    {
        string server = RealServers.PostgresConnectionString;
        await ExecuteAsync(server, "DROP DATABASE IF EXISTS catalog WITH (FORCE)", "CREATE DATABASE catalog", "DROP DATABASE IF EXISTS users WITH (FORCE)", "CREATE DATABASE users");
        await using NpgsqlConnection session = new(new NpgsqlConnectionStringBuilder(server) { Database = "catalog", Pooling = false }.ConnectionString);
        await session.OpenAsync();
        using TempDirectory root = new();

        await DataReset.RunAsync(Reseed with { Postgres = server, Redis = "redis:6379" }, root.Path, _ => { }, CancellationToken.None);

        await using NpgsqlConnection admin = new(server);
        await admin.OpenAsync();
        await using NpgsqlCommand count = new("SELECT count(*) FROM pg_database WHERE datname IN ('catalog', 'users')", admin);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_is_a_launch_failure()
    {
        using TempDirectory root = new();

        LaunchException failure = await Assert.ThrowsAsync<LaunchException>(() => DataReset.RunAsync(
            Reseed with { Postgres = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2" }, root.Path, _ => { }, CancellationToken.None));

        Assert.StartsWith("--reseed could not drop the PostgreSQL databases", failure.Message, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using NpgsqlConnection connection = new(connectionString);
        await connection.OpenAsync();
        foreach (string statement in statements)
        {
            await using NpgsqlCommand command = new(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
