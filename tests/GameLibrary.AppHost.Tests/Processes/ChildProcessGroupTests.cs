using System.Collections.Concurrent;

using GameLibrary.AppHost.Processes;
using GameLibrary.AppHost.Tests.Support;

namespace GameLibrary.AppHost.Tests.Processes;

public sealed class ChildProcessGroupTests
{
    private readonly CollectingOutput _output = new();
    private readonly ConcurrentQueue<string> _reports = new();

    [Fact]
    public async Task The_later_tier_stops_completely_before_the_earlier_tier_is_asked_to_stop()
    {
        await using ChildProcessGroup group = new(_output, _reports.Enqueue);
        group.Start(Spec("catalog", "exec sleep 60"), tier: 0);
        group.Start(Spec("users", "exec sleep 60"), tier: 0);

        // The gateway takes a moment to shut down, like a host draining its requests.
        ChildProcess gateway = group.Start(Spec("gateway", "trap 'sleep 0.5; echo drained; exit 0' TERM; echo ready; while :; do sleep 0.05; done"), tier: 1);
        await _output.WaitForLineAsync("gateway", line => line == "ready");

        await group.StopAllAsync(TimeSpan.FromSeconds(10), CancellationToken.None);

        List<string> reports = [.. _reports];
        Assert.Equal(["stopping gateway", "gateway stopped (exit code 0)"], reports[..2]);
        // The earlier tier stops in parallel: one child may report its exit before the other is asked to stop.
        List<string> earlierTier = reports[2..];
        Assert.Equal(
            ["catalog stopped (exit code 143)", "stopping catalog", "stopping users", "users stopped (exit code 143)"],
            earlierTier.Order(StringComparer.Ordinal));
        Assert.All(["catalog", "users"], name =>
            Assert.True(earlierTier.IndexOf($"stopping {name}") < earlierTier.IndexOf($"{name} stopped (exit code 143)")));
        Assert.Contains("drained", _output.LinesOf("gateway"));
        Assert.All(group.Children, child => Assert.True(child.Exited.IsCompleted));
    }

    [Fact]
    public async Task Children_that_already_exited_are_not_stopped_again()
    {
        await using ChildProcessGroup group = new(_output, _reports.Enqueue);
        ChildProcess seed = group.Start(Spec("seed", "exit 0"), tier: 0);
        group.Start(Spec("catalog", "exec sleep 60"), tier: 0);
        await seed.Exited.WaitAsync(TimeSpan.FromSeconds(15));

        await group.StopAllAsync(TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal(["stopping catalog", "catalog stopped (exit code 143)"], _reports);
    }

    [Fact]
    public async Task Disposing_kills_what_still_runs()
    {
        ChildProcessGroup group = new(_output, _reports.Enqueue);
        ChildProcess child = group.Start(Spec("catalog", "trap '' TERM; while :; do sleep 0.05; done"), tier: 0);
        int pid = child.Id;

        await group.DisposeAsync();

        Assert.False(ProcessTable.IsRunning(pid));
        Assert.Empty(group.Children);
    }

    private static ProcessSpec Spec(string name, string script) =>
        new(name, "/bin/sh", ["-c", script], new Dictionary<string, string>(), Path.GetTempPath());
}
