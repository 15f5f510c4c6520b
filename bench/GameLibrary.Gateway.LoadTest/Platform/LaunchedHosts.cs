using System.Reflection;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// The built DLLs of the hosts the platform runs, embedded in this assembly at build time (the EmbedLaunchedHostPaths
/// target of the project), so a run starts exactly what this build produced, in the same configuration.
/// </summary>
internal static class LaunchedHosts
{
    private const string Prefix = "LaunchedHost:";

    /// <summary>The gateway host.</summary>
    public const string Gateway = "GameLibrary.Gateway";

    /// <summary>The built DLL of a host, by assembly name (e.g. <c>GameLibrary.Catalog.Host</c>).</summary>
    public static string PathOf(string assemblyName)
    {
        string? path = typeof(LaunchedHosts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(entry => entry.Key == Prefix + assemblyName)?.Value;
        return path is not null && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{assemblyName} was not built with the load harness ({path ?? "no path embedded"}).");
    }
}
