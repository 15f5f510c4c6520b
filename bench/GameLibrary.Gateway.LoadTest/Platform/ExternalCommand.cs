using System.Diagnostics;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>Runs a short command (initdb, pg_ctl, a host's maintenance command) to its end.</summary>
internal static class ExternalCommand
{
    /// <summary>Runs it; throws with its output when it fails or outlasts <paramref name="timeout"/>.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        using var child = ChildProcess.Start(Path.GetFileName(fileName), fileName, arguments, Path.GetTempPath(), environment);
        Task<int> exited = child.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(timeout)).ConfigureAwait(false) != exited)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s:{Environment.NewLine}{child.Output()}");
        }

        return await exited.ConfigureAwait(false) == 0
            ? child.Output()
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed with {exited.Result}:{Environment.NewLine}{child.Output()}");
    }

    /// <summary>Whether this process runs as root (PostgreSQL then runs as the postgres account).</summary>
    public static bool IsRoot => Environment.UserName == "root";
}
