using System.Globalization;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>
/// A process and every live descendant, read from /proc: a gateway's CLI may run the server in a child process
/// (or several workers), so its CPU and memory are counted over the whole tree.
/// </summary>
internal static class ProcessTree
{
    // USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>The root and its live descendants.</summary>
    public static IReadOnlyList<int> Members(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (string folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                && Stat(pid) is { } stat)
            {
                int parent = int.Parse(stat[1], CultureInfo.InvariantCulture);
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
        }

        var members = new List<int> { root };
        for (int i = 0; i < members.Count; i++)
        {
            if (children.TryGetValue(members[i], out var mine))
            {
                members.AddRange(mine);
            }
        }

        return members;
    }

    /// <summary>User + system CPU time used so far by the tree's live processes.</summary>
    public static TimeSpan CpuTime(int root)
    {
        double ticks = 0;
        foreach (int pid in Members(root))
        {
            if (Stat(pid) is { } stat)
            {
                // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after the ")" that ends field 2.
                ticks += double.Parse(stat[11], CultureInfo.InvariantCulture) + double.Parse(stat[12], CultureInfo.InvariantCulture);
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The sum of each live process's peak resident set size (VmHWM), in bytes.</summary>
    public static long PeakResidentBytes(int root)
    {
        long total = 0;
        foreach (int pid in Members(root))
        {
            try
            {
                string? line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    total += long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }

        return total;
    }

    /// <summary>The current resident set size (VmRSS) of one process, in bytes; 0 when it has ended.</summary>
    public static long ResidentBytes(int processId)
    {
        try
        {
            string? line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The fields of /proc/&lt;pid&gt;/stat after the command name: [0] is the state, [1] the parent id.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            string text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
