using System.Globalization;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// A process as Linux knows it: its id and its start time (clock ticks after boot, /proc/&lt;pid&gt;/stat field 22), so
/// a pid the kernel has since given to another process is not mistaken for it.
/// </summary>
/// <param name="Pid">The process id.</param>
/// <param name="StartTime">Its start time in clock ticks after boot.</param>
internal readonly record struct ProcessIdentity(int Pid, long StartTime)
{
    /// <summary>This process.</summary>
    public static ProcessIdentity Current => Of(Environment.ProcessId) ?? throw new InvalidOperationException("/proc/self is unreadable.");

    /// <summary>Whether this very process still runs (not a zombie).</summary>
    public bool IsAlive => Of(Pid) == this;

    /// <summary>The running process with that id, or null when there is none (or only its zombie).</summary>
    public static ProcessIdentity? Of(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[0] == "Z" ? null : new ProcessIdentity(pid, long.Parse(fields[19], CultureInfo.InvariantCulture));
    }

    /// <summary>As written in a ledger: "pid-starttime".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pid}-{StartTime}");

    /// <summary>Reads <see cref="ToString"/>'s form; null when it is not that.</summary>
    public static ProcessIdentity? Parse(string text)
    {
        string[] parts = text.Trim().Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long start)
            ? new ProcessIdentity(pid, start)
            : null;
    }
}
