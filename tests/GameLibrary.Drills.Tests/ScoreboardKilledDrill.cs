using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GameLibrary.Drills.Tests.Support;
using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;

namespace GameLibrary.Drills.Tests;

/// <summary>
/// kill -9 of the scoreboard while 1,000 clients submit scores through the gateway, each retrying with its idempotency key
/// until it is acknowledged: afterwards every acknowledged score is in PostgreSQL exactly once, with the id the client
/// was given, and the Redis boards equal what the scoreboard's rebuild makes of PostgreSQL.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class ScoreboardKilledDrill(DrillPlatform fixture, ITestOutputHelper output)
{
    private const int Clients = 1_000;

    /// <summary>Sockets to the gateway: 1,000 logical clients share them, as many browsers share a few proxies.</summary>
    private const int Connections = 48;

    [Fact]
    public async Task After_a_kill_9_mid_load_every_acknowledged_score_is_stored_exactly_once_and_the_boards_equal_a_rebuild()
    {
        var platform = fixture.Platform;
        var clock = Stopwatch.StartNew();
        using DrillClient client = await DrillClient.CreateAsync(platform);
        string[] tokens = await client.RegisterPlayersAsync(10);
        await Task.WhenAll(client.Games.Select(game => client.Gateway.WaitUntilScoredAsync(tokens[0], game, Poll.Patience)));

        output.WriteLine($"players signed in, games known: {clock.Elapsed}");
        string run = Guid.NewGuid().ToString("N")[..12];
        var acknowledged = new ConcurrentDictionary<string, string>();
        int refused = 0;
        using var sockets = new SemaphoreSlim(Connections);
        DateTime deadline = DateTime.UtcNow + (2 * Poll.Patience);

        async Task SubmitUntilAcknowledgedAsync(int i)
        {
            string key = $"f{run}c{i:D4}";
            while (true)
            {
                JsonNode? answer = null;
                await sockets.WaitAsync();
                try
                {
                    answer = await client.Gateway.SubmitScoreAsync(tokens[i % tokens.Length], client.Games[i % client.Games.Count], 100 + i, key);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // No answer at all: as unknown as an error, retried with the same key.
                }
                finally
                {
                    sockets.Release();
                }

                if (answer?["data"]?["submitScore"] is { } submitted)
                {
                    Assert.Equal("ACCEPTED", submitted["status"]!.GetValue<string>());
                    acknowledged[key] = Guid.Parse(submitted["score"]!["id"]!.GetValue<string>()).ToString();
                    return;
                }

                Interlocked.Increment(ref refused);
                Assert.True(DateTime.UtcNow < deadline, $"{key} was never acknowledged; last answer: {answer?.ToJsonString()}");
                await Task.Delay(300);
            }
        }

        Task load = Task.WhenAll(Enumerable.Range(0, Clients).Select(SubmitUntilAcknowledgedAsync));
        await Poll.UntilAsync("150 scores acknowledged before the kill", () => Task.FromResult(acknowledged.Count >= 150));
        platform["scoreboard"].Kill();
        int beforeKill = acknowledged.Count;
        output.WriteLine($"killed after {beforeKill} acknowledgements: {clock.Elapsed}");
        await platform.RestartAsync(platform["scoreboard"]);
        output.WriteLine($"restarted: {clock.Elapsed}");
        await load;
        output.WriteLine($"all {Clients} acknowledged, {refused} failed attempts retried: {clock.Elapsed}");

        Assert.True(beforeKill < Clients, "The kill came after the load had finished.");
        Assert.True(refused > 0, "No submission failed: the kill was not felt.");
        Assert.Equal(Clients, acknowledged.Count);

        Dictionary<string, List<string>> stored = await StoredScoresAsync(platform.Postgres.ConnectionString("scoreboard"), $"f{run}c%");
        Assert.Equal(Clients, stored.Count);
        Assert.All(acknowledged, pair =>
        {
            Assert.True(stored.TryGetValue(pair.Key, out List<string>? ids), $"{pair.Key} was acknowledged but is not stored.");
            Assert.Equal([pair.Value], ids);
        });

        await BoardSnapshot.AssertEqualsRebuildAsync(platform);
    }

    /// <summary>The stored score ids per idempotency key, for the keys like <paramref name="pattern"/>.</summary>
    private static async Task<Dictionary<string, List<string>>> StoredScoresAsync(string connectionString, string pattern)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "IdempotencyKey", "Id" FROM "Scores" WHERE "IdempotencyKey" LIKE @pattern""", connection);
        command.Parameters.AddWithValue("pattern", pattern);
        var stored = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            string key = reader.GetString(0);
            (stored.TryGetValue(key, out var ids) ? ids : stored[key] = []).Add(reader.GetGuid(1).ToString());
        }

        return stored;
    }
}
