using System.Diagnostics;
using System.Globalization;

using GameLibrary.Events;
using GameLibrary.Persistence;
using GameLibrary.Recommendations.Benchmarks;
using GameLibrary.Recommendations.Data;
using GameLibrary.Recommendations.Events;
using GameLibrary.Recommendations.Handlers;
using GameLibrary.Recommendations.Model;
using GameLibrary.Recommendations.Serving;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Usage: dotnet run -c Release --project bench/GameLibrary.Recommendations.Benchmarks [-- games ratings]
// Database: GAMELIBRARY_BENCH_RECOMMENDATIONS (PostgreSQL) or a SQLite file in a temp folder (or GAMELIBRARY_BENCH_DATA).
// Redis: GAMELIBRARY_BENCH_REDIS or an embedded Garnet.
int games = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
int ratings = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
const int Samples = 1_000;

// GAMELIBRARY_BENCH_DATA keeps the SQLite file between runs (writing 1,000,000 ratings takes minutes).
string? keep = Environment.GetEnvironmentVariable("GAMELIBRARY_BENCH_DATA");
string contentRoot = keep ?? Directory.CreateTempSubdirectory("recommendations-bench-").FullName;
HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot, Args = [] });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Recommendations"] = Environment.GetEnvironmentVariable("GAMELIBRARY_BENCH_RECOMMENDATIONS"),
    ["ConnectionStrings:Redis"] = Environment.GetEnvironmentVariable("GAMELIBRARY_BENCH_REDIS"),
    ["Redis:Embedded:DataDirectory"] = "",
    ["Recommendations:RedisKeyPrefix"] = $"recommendations-bench-{Guid.NewGuid():N}",
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.Services.AddGameLibraryRedis(builder.Configuration);
builder.Services.AddRecommendationsDomain(builder.Configuration);
using IHost host = builder.Build();
IServiceProvider services = host.Services;
DatabaseSelection<RecommendationsDbContext> selection = services.GetRequiredService<DatabaseSelection<RecommendationsDbContext>>();
await services.GetRequiredService<DatabaseInitializer<RecommendationsDbContext>>().InitializeAsync(CancellationToken.None);

Console.WriteLine($"database: {selection.Provider}, games: {games:N0}, ratings: {ratings:N0}");
Stopwatch clock = Stopwatch.StartNew();
DataSet data = await DataSet.WriteAsync(services.GetRequiredService<IDbContextFactory<RecommendationsDbContext>>(), games, ratings, seed: 7);
Console.WriteLine($"wrote {data.Players.Length:N0} players, {ratings:N0} ratings, {data.LibraryEntries:N0} library entries, {data.Plays:N0} plays in {clock.Elapsed.TotalSeconds:F1} s");

RecommendationIndex index = services.GetRequiredService<RecommendationIndex>();
long before = GC.GetTotalMemory(forceFullCollection: true);
clock.Restart();
await index.EnsureLoadedAsync(CancellationToken.None);
Console.WriteLine($"loaded the index in {clock.Elapsed.TotalSeconds:F1} s, {(GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024):F0} MB");


RecommendationService service = services.GetRequiredService<RecommendationService>();
Random random = new(11);
long[] sampleGames = [.. Enumerable.Range(0, Samples).Select(_ => (long)random.Next(1, games + 1))];
Guid[] samplePlayers = [.. Enumerable.Range(0, Samples).Select(_ => data.Players[random.Next(data.Players.Length)])];

List<double> firstRequests = await MeasureAsync(sampleGames, id => service.SimilarGamesAsync(id, 10, CancellationToken.None));
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"computing one game's neighbour list costs {firstRequests.Average():F2} ms on average: all {games:N0} games ≈ {firstRequests.Average() * games / 1000:F0} s of one core in the background warm-up"));
Report("similarGames(first: 10), neighbours not precomputed yet (computed by the request)", firstRequests);
Report("similarGames(first: 10), neighbours precomputed", await MeasureAsync(sampleGames, id => service.SimilarGamesAsync(id, 10, CancellationToken.None)));
// Steady state: the background warm-up has precomputed every game's neighbours (at this scale it takes minutes, see
// above); here only the games the sampled players have, which their picks start from, are warmed.
long[] seedGames;
await using (RecommendationsDbContext db = await services.GetRequiredService<IDbContextFactory<RecommendationsDbContext>>().CreateDbContextAsync())
{
    HashSet<Guid> sampled = [.. samplePlayers];
    seedGames = [.. (await db.Ratings.Where(r => sampled.Contains(r.UserId)).Select(r => r.GameId).ToListAsync())
        .Concat(await db.Library.Where(e => sampled.Contains(e.UserId)).Select(e => e.GameId).ToListAsync())
        .Concat(await db.Plays.Where(p => sampled.Contains(p.UserId)).Select(p => p.GameId).ToListAsync())
        .Distinct()];
}

clock.Restart();
await index.WarmUpAsync(seedGames, CancellationToken.None);
Console.WriteLine($"precomputed the neighbours of the sampled players' {seedGames.Length:N0} games in {clock.Elapsed.TotalSeconds:F1} s");
Report("recommendedGames(first: 10), computed (cache miss)", await MeasureAsync(samplePlayers, id => service.PicksAsync(id, 10, CancellationToken.None)));
Report("recommendedGames(first: 10), cached in Redis", await MeasureAsync(samplePlayers, id => service.PicksAsync(id, 10, CancellationToken.None)));
Report("trendingGames(WEEK), computed or cached", await MeasureAsync(Enumerable.Range(0, 200).ToArray(), _ => service.TrendingAsync(TrendWindow.Week, 10, CancellationToken.None)));

// One rating event end to end: mark processed, write the row, commit, apply to the index.
List<double> apply = [];
DateTimeOffset now = DateTimeOffset.UtcNow;
for (int i = 0; i < 1_000; i++)
{
    RecordedEvent recorded = new(i + 1, DomainEvent.Create("users", new GameRated(data.Players[random.Next(data.Players.Length)], random.Next(1, games + 1), random.Next(1, 11))));
    await using AsyncServiceScope scope = services.CreateAsyncScope();
    UsersEventHandler handler = ActivatorUtilities.CreateInstance<UsersEventHandler>(scope.ServiceProvider);
    long start = Stopwatch.GetTimestamp();
    await handler.HandleAsync(recorded, CancellationToken.None);
    apply.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
}

Report("apply one GameRated event (SQL commit + index)", apply);
Report("recommendedGames(first: 10) right after the player's rating (recomputed)", await MeasureAsync(samplePlayers.Take(200).ToArray(), async id =>
{
    await using AsyncServiceScope scope = services.CreateAsyncScope();
    await ActivatorUtilities.CreateInstance<UsersEventHandler>(scope.ServiceProvider)
        .HandleAsync(new RecordedEvent(1, DomainEvent.Create("users", new GameRated(id, random.Next(1, games + 1), 9))), CancellationToken.None);
    return await service.PicksAsync(id, 10, CancellationToken.None);
}));
Console.WriteLine($"(elapsed since start: {now:O} → {DateTimeOffset.UtcNow:O})");
if (keep is null)
{
    Directory.Delete(contentRoot, recursive: true);
}
return 0;

static async Task<List<double>> MeasureAsync<T>(T[] keys, Func<T, Task<List<Recommendation>>> call)
{
    List<double> times = new(keys.Length);
    foreach (T key in keys)
    {
        long start = Stopwatch.GetTimestamp();
        await call(key);
        times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    return times;
}

static void Report(string name, List<double> milliseconds)
{
    milliseconds.Sort();
    double Percentile(double p) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(p * milliseconds.Count) - 1)];
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-75} n={milliseconds.Count,5}  p50={Percentile(0.50),8:F3} ms  p99={Percentile(0.99),8:F3} ms  max={milliseconds[^1],8:F3} ms"));
}
