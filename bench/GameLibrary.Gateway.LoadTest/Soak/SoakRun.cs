using System.Diagnostics;
using GameLibrary.Gateway.LoadTest.Platform;

namespace GameLibrary.Gateway.LoadTest.Soak;

/// <summary>
/// A soak: the mixed load of <see cref="SoakWorkload"/> through the platform's gateway for the settings' duration,
/// sampling every process's resident memory and the error count, then judged by <see cref="SoakVerdict"/>.
/// </summary>
internal sealed class SoakRun(ProcessPlatform platform, SoakSettings settings, TextWriter output)
{
    /// <summary>Signs players in, waits until the scoreboard knows the games, loads, samples; returns the rows and the verdict.</summary>
    public async Task<SoakVerdict> RunAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var gateway = new GraphQLClient(http, platform.Gateway.GraphQL);
        var (_, listed) = await gateway.PostAsync($"{{ games(first: {SoakSettings.Games}) {{ nodes {{ id }} }} }}").ConfigureAwait(false);
        string[] games = [.. listed?["data"]?["games"]?["nodes"]?.AsArray().Select(node => node!["id"]!.GetValue<string>()) ?? []];
        if (games.Length == 0)
        {
            throw new InvalidOperationException($"The catalog listed no games: {listed?.ToJsonString()}");
        }

        string run = Guid.NewGuid().ToString("N")[..8];
        string[] tokens = await gateway.RegisterPlayersAsync($"soak{run}", SoakSettings.Players).ConfigureAwait(false);
        await Task.WhenAll(games.Select(game => gateway.WaitUntilScoredAsync(tokens[0], game, ProcessPlatform.Patience))).ConfigureAwait(false);

        var workload = new SoakWorkload(gateway, platform.Gateway.GraphQL, settings, games, tokens);
        var samples = new List<SoakSample>();
        using var stop = new CancellationTokenSource(settings.Duration);
        var clock = Stopwatch.StartNew();
        Task load = workload.RunAsync(stop.Token);
        output.WriteLine($"soak: {settings.Duration.TotalMinutes:0.#} min, {settings.Readers} readers, {settings.Writers} writers, {settings.Subscribers} subscribers, think time {settings.ThinkTime.TotalMilliseconds:0} ms");
        SoakTable.WriteHeader(output, Names());
        while (!load.IsCompleted)
        {
            await Task.WhenAny(load, Task.Delay(settings.SampleInterval)).ConfigureAwait(false);
            samples.Add(Sample(clock.Elapsed, workload));
            SoakTable.WriteRow(output, samples[^1], Names());
        }

        await load.ConfigureAwait(false);
        await workload.CloseAsync().ConfigureAwait(false);
        samples[^1] = samples[^1] with { Errors = workload.Errors };
        SoakVerdict verdict = SoakVerdict.Judge(samples, settings, workload.LastError);
        verdict.Write(output);
        return verdict;
    }

    private IEnumerable<string> Names() => platform.Subgraphs.Select(host => host.Name).Prepend(platform.Gateway.Name).Append("redis");

    private SoakSample Sample(TimeSpan elapsed, SoakWorkload workload)
    {
        var memory = platform.Subgraphs.Prepend(platform.Gateway).ToDictionary(host => host.Name, host => host.ResidentBytes());
        memory["redis"] = platform.Redis.ResidentBytes();
        return new SoakSample(elapsed, workload.Requests, workload.Errors, workload.Events, memory);
    }
}
