using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using GameLibrary.Events;
using GameLibrary.Persistence;
using GameLibrary.Scoreboard.Benchmarks;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Catalog;
using GameLibrary.Scoreboard.Data;
using GameLibrary.Scoreboard.GraphQL;
using GameLibrary.Subgraph.Toolkit.Authentication;
using GameLibrary.Subgraph.Toolkit.Hosting;

using Npgsql;

using NpgsqlTypes;

// dotnet run -c Release --project bench/GameLibrary.Scoreboard.Benchmarks -- [--players 1000000] [--seconds 10] [--clients 32] [--reads 2000] [--warmup 5] [--postgres <cs>]
// Starts its own redis-server and a fresh PostgreSQL database, fills one board with --players players, serves the
// subgraph on a loopback port and measures: the rebuild, read latency (top 100, one player's rank) in process and
// over HTTP, and accepted submitScore per second over HTTP under a closed loop of --clients clients, with the
// submissions' latency, the harness's CPU per submission (the figure that least depends on a shared machine's load)
// and the load average around them.
BenchSettings settings = BenchSettings.Parse(args);
using RedisServer redis = new();
string database = $"scoreboard_bench_{Guid.NewGuid():N}";
await using (NpgsqlConnection admin = new(settings.Postgres))
{
    await admin.OpenAsync();
    await using NpgsqlCommand create = new($"CREATE DATABASE \"{database}\"", admin);
    await create.ExecuteNonQueryAsync();
}

string connection = new NpgsqlConnectionStringBuilder(settings.Postgres) { Database = database, MaxPoolSize = 100 }.ConnectionString;
string[] hostArgs =
[
    "--urls", "http://127.0.0.1:0",
    "--ConnectionStrings:Scoreboard=" + connection,
    "--ConnectionStrings:Redis=127.0.0.1:" + redis.Port.ToString(CultureInfo.InvariantCulture),
    "--Auth:SigningKey=scoreboard-benchmark-signing-key-0123456789abcdef",
    "--Scoreboard:RateLimit:PermitLimit=1000000",
    "--Scoreboard:AntiCheat:MaxJumpFactor=0",
    "--Scoreboard:AntiCheat:MaxBurst=0",
    "--Logging:LogLevel:Default=Warning",
];
WebApplication app = ScoreboardSubgraph.CreateBuilder(hostArgs).Build();
await app.Services.GetRequiredService<DatabaseInitializer<ScoreboardDbContext>>().InitializeAsync(CancellationToken.None);

// 1,000,000 players' bests on game 1's all-time board, written with COPY.
Console.WriteLine($"Seeding {settings.Players:N0} players on one board…");
Random random = new(1);
List<Guid> players = new(settings.Players);
long nowMicros = GameLibrary.Scoreboard.Time.ToMicros(DateTimeOffset.UtcNow);
Stopwatch seeding = Stopwatch.StartNew();
await using (NpgsqlConnection copy = new(connection))
{
    await copy.OpenAsync();
    await using NpgsqlBinaryImporter importer = await copy.BeginBinaryImportAsync(
        "COPY \"BestScores\" (\"GameId\", \"Period\", \"UserId\", \"Value\", \"AchievedAtMicros\", \"ScoreId\", \"UpdatedAtMicros\") FROM STDIN (FORMAT BINARY)");
    for (int i = 0; i < settings.Players; i++)
    {
        Guid player = Guid.NewGuid();
        players.Add(player);
        await importer.StartRowAsync();
        await importer.WriteAsync(1L, NpgsqlDbType.Bigint);
        await importer.WriteAsync("all", NpgsqlDbType.Varchar);
        await importer.WriteAsync(player, NpgsqlDbType.Uuid);
        await importer.WriteAsync((long)random.Next(0, 10_000_000), NpgsqlDbType.Bigint);
        await importer.WriteAsync(nowMicros - random.Next(0, 1_000_000_000), NpgsqlDbType.Bigint);
        await importer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
        await importer.WriteAsync(0L, NpgsqlDbType.Bigint);
    }

    await importer.CompleteAsync();
}

Console.WriteLine($"  COPY into PostgreSQL: {seeding.Elapsed.TotalSeconds:0.0} s");
Stopwatch rebuilding = Stopwatch.StartNew();
int boards = await app.Services.GetRequiredService<BoardRebuilder>().RebuildAsync(CancellationToken.None);
Console.WriteLine($"  rebuild from SQL into Redis: {boards} board(s) in {rebuilding.Elapsed.TotalSeconds:0.0} s");

// The games submissions go to: known through the catalog's event, as in production.
await using (AsyncServiceScope scope = app.Services.CreateAsyncScope())
{
    CatalogEventHandler handler = scope.ServiceProvider.GetRequiredService<CatalogEventHandler>();
    for (long game = 1; game <= 20; game++)
    {
        await handler.HandleAsync(new RecordedEvent(game, DomainEvent.Create("catalog", new GameCreated(game, $"g{game}", $"Game {game}"))), CancellationToken.None);
    }
}

app.MapSubgraphEndpoints();
await app.StartAsync();
string url = app.Urls.First(); // the bound address once started
using HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(url) };
Console.WriteLine($"Serving on {url}\n");

// Reads.
Leaderboards leaderboards = app.Services.GetRequiredService<Leaderboards>();
BoardId board = new(1, BoardPeriod.AllTime, null);
List<string> results =
[
    await Latency.MeasureAsync("top 100, in process (Redis)", settings.Reads, _ => leaderboards.ReadPageAsync(board, 100, null, null, CancellationToken.None)),
    await Latency.MeasureAsync("one player's rank, in process (Redis)", settings.Reads, i => leaderboards.RankAsync(board, players[(i * 7919) % players.Count], CancellationToken.None)),
    await Latency.MeasureAsync("top 100 over HTTP (leaderboard query)", settings.Reads, _ => PostAsync(
        """{ leaderboard(gameId: "1", first: 100) { totalPlayers entries { rank score achievedAt user { id } } } }""", null)),
    await Latency.MeasureAsync("one player's rank over HTTP (_entities User.rank)", settings.Reads, i => PostAsync(
        $$"""{ _entities(representations: [{__typename: "User", id: "{{players[(i * 7919) % players.Count]}}"}]) { ... on User { rank(gameId: "1") { rank score percentile } } } }""", null)),
];
results.ForEach(Console.WriteLine);

// Submissions.
JwtTokenIssuer issuer = app.Services.GetRequiredService<JwtTokenIssuer>();
string[] tokens = [.. Enumerable.Range(0, 2_000).Select(_ => issuer.Issue(Guid.NewGuid().ToString(), "bench", [], TimeSpan.FromHours(1)).AccessToken)];
long accepted = 0;
long failed = 0;

// Warm-up, not counted: the first submissions pay for JIT compilation and connection set-up, which would otherwise be
// charged to the CPU per submission of a short run.
await SubmitForAsync(TimeSpan.FromSeconds(settings.WarmupSeconds), (_, _) => { });

using CancellationTokenSource stop = new(TimeSpan.FromSeconds(settings.Seconds));
System.Collections.Concurrent.ConcurrentBag<double> submitLatencies = [];
string loadBefore = LoadAverage();
TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
long pendingMax = 0;
Task sampling = Task.Run(async () =>
{
    // Queued thread-pool work while the clients run: a long queue means the process is short of CPU or threads.
    while (!stop.IsCancellationRequested)
    {
        pendingMax = Math.Max(pendingMax, ThreadPool.PendingWorkItemCount);
        await Task.Delay(100);
    }
});
Stopwatch submitting = Stopwatch.StartNew();
await SubmitForAsync(TimeSpan.FromSeconds(settings.Seconds), (milliseconds, ok) =>
{
    submitLatencies.Add(milliseconds);
    Interlocked.Increment(ref ok ? ref accepted : ref failed);
});
await stop.CancelAsync();
double seconds = submitting.Elapsed.TotalSeconds;
double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
await sampling;
double[] latencies = [.. submitLatencies.Order()];
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"""

    submitScore over HTTP, {settings.Clients} clients, {seconds:0.0} s: {accepted / seconds:N0} accepted/s ({accepted:N0} accepted, {failed:N0} not)
      latency p50 {latencies[latencies.Length / 2]:0.0} ms, p99 {latencies[Math.Min(latencies.Length - 1, (int)(latencies.Length * 0.99))]:0.0} ms
      harness CPU (server and clients) {cpuMs / Math.Max(1, accepted + failed):0.00} ms per submission, {cpuMs / 1000 / seconds:0.00} cores; thread-pool queue max {pendingMax}
      load average before {loadBefore}, after {LoadAverage()}
    """));

await app.StopAsync();
await app.DisposeAsync();
NpgsqlConnection.ClearAllPools();
await using (NpgsqlConnection admin = new(settings.Postgres))
{
    await admin.OpenAsync();
    await using NpgsqlCommand drop = new($"DROP DATABASE \"{database}\" WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}

return 0;

async Task<JsonNode?> PostAsync(string query, JsonObject? variables, string? token = null)
{
    using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }) };
    if (token is not null)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    using HttpResponseMessage response = await http.SendAsync(request);
    return JsonNode.Parse(await response.Content.ReadAsStreamAsync());
}

// A closed loop of --clients clients for a while, each request a new key for one of 2,000 players on one of 20 games.
async Task SubmitForAsync(TimeSpan duration, Action<double, bool> record)
{
    using CancellationTokenSource until = new(duration);
    await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(client => Task.Run(async () =>
    {
        Random mine = new();
        while (!until.IsCancellationRequested)
        {
            string token = tokens[mine.Next(tokens.Length)];
            long started = Stopwatch.GetTimestamp();
            JsonNode? result = await PostAsync(
                "mutation($i: SubmitScoreInput!) { submitScore(input: $i) { status rank } }",
                new JsonObject
                {
                    ["i"] = new JsonObject
                    {
                        ["gameId"] = (1 + mine.Next(20)).ToString(CultureInfo.InvariantCulture),
                        ["score"] = mine.Next(0, 10_000_000),
                        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
                    },
                },
                token);
            record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, result?["data"]?["submitScore"]?["status"]?.GetValue<string>() == "ACCEPTED");
        }
    })));
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
