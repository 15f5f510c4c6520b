using System.Diagnostics;
using System.Globalization;

using GameLibrary.AppHost.Processes;
using GameLibrary.AppHost.Tests.Support;

namespace GameLibrary.AppHost.Tests.Processes;

/// <summary>Children are real processes (sh, sleep) run under the real watchdog.</summary>
public sealed class ChildProcessTests
{
    private readonly CollectingOutput _output = new();

    [Fact]
    public async Task Output_of_both_streams_is_relayed_under_the_child_s_name_and_the_exit_code_is_reported()
    {
        await using ChildProcess child = Start("echo out; echo err >&2; exit 3");

        int exitCode = await child.Exited.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(3, exitCode);
        Assert.Equal(["err", "out"], _output.LinesOf("child").Order());
    }

    [Fact]
    public async Task JSON_log_lines_are_rendered_readably()
    {
        await using ChildProcess child = Start("""echo '{"LogLevel":"Warning","Category":"A.B","Message":"careful"}'""");

        await child.Exited.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(["warn: B: careful"], _output.LinesOf("child"));
    }

    [Fact]
    public async Task The_environment_and_working_directory_of_the_spec_are_used()
    {
        string directory = Path.GetTempPath().TrimEnd('/');
        await using ChildProcess child = ChildProcess.Start(
            new ProcessSpec("child", "/bin/sh", ["-c", "echo $GREETING; pwd"], new Dictionary<string, string> { ["GREETING"] = "hello" }, directory),
            _output);

        await child.Exited.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(["hello", Path.GetFullPath(directory)], _output.LinesOf("child"));
    }

    [Fact]
    public async Task Stopping_sends_SIGTERM_so_the_child_shuts_down_gracefully()
    {
        await using ChildProcess child = Start("trap 'echo got TERM; exit 0' TERM; echo ready; while :; do sleep 0.05; done");
        await _output.WaitForLineAsync("child", line => line == "ready");

        int exitCode = await child.StopAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, exitCode);
        Assert.Contains("got TERM", _output.LinesOf("child"));
    }

    [Fact]
    public async Task A_child_ignoring_SIGTERM_is_killed_after_the_grace_period_with_what_it_started()
    {
        await using ChildProcess child = Start("trap '' TERM; sleep 60 & echo $!; while :; do sleep 0.05; done");
        int grandchild = int.Parse(await _output.WaitForLineAsync("child", line => line.Length > 0), CultureInfo.InvariantCulture);
        Stopwatch elapsed = Stopwatch.StartNew();

        await child.StopAsync(TimeSpan.FromSeconds(1));

        Assert.InRange(elapsed.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.False(ProcessTable.IsRunning(child.Id));
        Assert.False(ProcessTable.IsRunning(grandchild));
    }

    [Fact]
    public async Task Forcing_kills_at_once()
    {
        await using ChildProcess child = Start("trap '' TERM; echo ready; while :; do sleep 0.05; done");
        await _output.WaitForLineAsync("child", line => line == "ready");
        using CancellationTokenSource force = new();
        Stopwatch elapsed = Stopwatch.StartNew();

        Task<int> stopping = child.StopAsync(TimeSpan.FromMinutes(1), force.Token);
        await force.CancelAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_child_runs_in_a_session_of_its_own_so_a_terminal_s_Ctrl_C_does_not_reach_it()
    {
        await using ChildProcess child = Start("cut -d' ' -f6 /proc/$$/stat");

        await child.Exited.WaitAsync(TimeSpan.FromSeconds(15));

        int session = int.Parse(_output.LinesOf("child").Single().Trim(), CultureInfo.InvariantCulture);
        Assert.NotEqual(SessionOf(Environment.ProcessId), session);
        Assert.Equal(child.Id, session);
    }

    [Fact]
    public async Task When_the_launcher_s_end_of_the_watchdog_pipe_closes_the_child_is_terminated()
    {
        // The kernel closes the launcher's end when the launcher dies, however it dies: the same as this close.
        ProcessStartInfo info = ChildStartInfo.Create(Spec("echo $$; exec sleep 60"));
        using Process watchdog = Process.Start(info)!;
        int child = int.Parse((await watchdog.StandardOutput.ReadLineAsync())!, CultureInfo.InvariantCulture);
        Assert.True(ProcessTable.IsRunning(child));

        watchdog.StandardInput.Close();
        await watchdog.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.False(ProcessTable.IsRunning(child));
    }

    [Fact]
    public async Task The_last_lines_are_kept_to_explain_a_failure()
    {
        await using ChildProcess child = Start("i=1; while [ $i -le 30 ]; do echo line $i; i=$((i+1)); done; exit 1");

        await child.Exited.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal([.. Enumerable.Range(11, 20).Select(i => $"line {i}")], child.RecentOutput);
    }

    [Fact]
    public void A_child_that_cannot_start_is_a_launch_failure_naming_it()
    {
        LaunchException failure = Assert.Throws<LaunchException>(() => ChildProcess.Start(
            new ProcessSpec("ghost", "/bin/sh", [], new Dictionary<string, string>(), "/no/such/directory"),
            _output));

        Assert.StartsWith("ghost: could not start", failure.Message, StringComparison.Ordinal);
    }

    private ChildProcess Start(string script) => ChildProcess.Start(Spec(script), _output);

    private static ProcessSpec Spec(string script) =>
        new("child", "/bin/sh", ["-c", script], new Dictionary<string, string>(), Path.GetTempPath());

    private static int SessionOf(int pid) =>
        int.Parse(File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[3], CultureInfo.InvariantCulture);
}
