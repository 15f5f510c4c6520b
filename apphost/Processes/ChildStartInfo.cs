using System.Diagnostics;

namespace GameLibrary.AppHost.Processes;

/// <summary>
/// Builds the start info of a child. On Unix the child runs under a small <c>sh</c> watchdog, in a session of its own
/// (<c>setsid</c>), which gives three guarantees:
/// <list type="bullet">
/// <item>the watchdog sends the child SIGTERM as soon as its standard input — a pipe from the launcher — closes: when the
/// launcher asks for a graceful stop, and also when the launcher dies in any way, even by SIGKILL, because the kernel
/// closes its end of the pipe; so no child outlives the launcher;</item>
/// <item>a Ctrl-C in the terminal reaches only the launcher, not the children (they are not in the terminal's process
/// group), so the launcher decides the order they stop in;</item>
/// <item>the watchdog exits with the child's exit code when the child exits on its own.</item>
/// </list>
/// On Windows the child is started directly and stopping it kills it.
/// </summary>
/// <remarks>
/// The shell passes on only variables whose names are shell identifiers: settings whose keys hold dots (log categories)
/// go to the hosts as <c>--Key=value</c> arguments instead.
/// </remarks>
internal static class ChildStartInfo
{
    /// <summary>
    /// The watchdog, run as <c>sh -c WatchdogScript sh FILE ARGS…</c>. fd 3 keeps the launcher's pipe: the child gets
    /// neither it nor a standard input; a background reader turns end-of-file into SIGTERM. A trapped signal
    /// interrupts <c>wait</c> early, so it waits again until the child is really gone.
    /// </summary>
    public const string WatchdogScript =
        """
        exec 3<&0 </dev/null
        "$@" 3<&- &
        child=$!
        trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
        { read -r _ <&3; kill -TERM "$child" 2>/dev/null; } &
        watcher=$!
        exec 3<&-
        wait "$child"; status=$?
        while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
        kill "$watcher" 2>/dev/null
        exit "$status"
        """;

    /// <summary>Creates the start info: output and error redirected, standard input a pipe the launcher holds.</summary>
    /// <param name="spec">The child.</param>
    public static ProcessStartInfo Create(ProcessSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ProcessStartInfo info = new()
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = spec.WorkingDirectory,
        };

        if (OperatingSystem.IsWindows())
        {
            info.FileName = spec.FileName;
        }
        else
        {
            // Without setsid (not on Linux) the watchdog still runs; Ctrl-C then reaches the children directly.
            string? setsid = ExecutableLookup.OnPath("setsid");
            info.FileName = setsid ?? "/bin/sh";
            if (setsid is not null)
            {
                info.ArgumentList.Add("/bin/sh");
            }

            foreach (string argument in (string[])["-c", WatchdogScript, "sh", spec.FileName])
            {
                info.ArgumentList.Add(argument);
            }
        }

        foreach (string argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in spec.Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }
}
