using System.Runtime.InteropServices;

namespace GameLibrary.AppHost.Processes;

/// <summary>Finds the executables the launcher runs.</summary>
internal static class ExecutableLookup
{
    /// <summary>
    /// The <c>dotnet</c> host that runs this process (so children run on the same installation), else the one on PATH.
    /// </summary>
    public static string Dotnet()
    {
        string name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.ProcessPath is { } processPath && Path.GetFileName(processPath) == name)
        {
            return processPath;
        }

        // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/, the host in <root>.
        string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string besideRuntime = Path.Combine(root, name);
        return File.Exists(besideRuntime) ? besideRuntime : OnPath(name) ?? name;
    }

    /// <summary>The full path of <paramref name="name"/> in a PATH directory, or null.</summary>
    /// <param name="name">The file name, e.g. <c>setsid</c>.</param>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
