using GameLibrary.Gateway.LoadTest;
using GameLibrary.Gateway.LoadTest.Platform;

namespace GameLibrary.Drills.Tests;

/// <summary>
/// A run killed outright (kill -9 of the test host) leaves its servers running; the next run's ledger reaps them,
/// and leaves alone the servers of runs whose owner still runs.
/// </summary>
public sealed class RunLedgerTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("gamelibrary-ledger-test-");

    [Fact]
    public async Task The_servers_of_a_run_whose_owner_is_gone_are_killed_and_their_directories_deleted()
    {
        // The owner: a process that records a server and is then killed outright, as a test host under kill -9.
        ProcessIdentity owner;
        using (ChildProcess ownerProcess = ChildProcess.Start("owner", "sleep", ["600"], _root.FullName))
        {
            owner = ProcessIdentity.Of(ownerProcess.Id) ?? throw new InvalidOperationException("The owner did not start.");
        }

        // A run whose owner (this process) is alive keeps its server.
        using ChildProcess kept = ChildProcess.Start("kept", "sleep", ["600"], _root.FullName);
        using RunLedger alive = RunLedger.Open(_root.FullName, ProcessIdentity.Current);
        alive.Record("kept", kept.Id);

        using ChildProcess orphan = ChildProcess.Start("orphan", "sleep", ["600"], _root.FullName);
        string orphansDirectory = Directory.CreateTempSubdirectory("gamelibrary-ledger-orphan-").FullName;
        RunLedger dead = RunLedger.Open(_root.FullName, owner);
        dead.Record("orphan", orphan.Id, orphansDirectory);

        int reaped = RunLedger.ReapOrphans(_root.FullName);

        Assert.Equal(1, reaped);
        Assert.Equal(137, await orphan.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(Directory.Exists(orphansDirectory));
        Assert.False(Directory.Exists(dead.Directory));
        Assert.False(kept.HasExited);
        Assert.True(Directory.Exists(alive.Directory));
    }

    [Fact]
    public void A_pid_taken_by_another_process_is_not_the_recorded_one()
    {
        ProcessIdentity self = ProcessIdentity.Current;

        Assert.True(self.IsAlive);
        Assert.False((self with { StartTime = self.StartTime + 1 }).IsAlive);
        Assert.Equal(self, ProcessIdentity.Parse(self.ToString()));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
