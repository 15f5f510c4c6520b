using System.Reflection;

namespace GameLibrary.AppHost.Platform;

/// <summary>
/// Where the build put the hosts the launcher starts, and the repository root: embedded in this assembly at build time
/// (see the EmbedLaunchedHostPaths target of the project), so the launcher runs exactly what <c>dotnet run</c> just built.
/// </summary>
/// <param name="repositoryRoot">The repository's root directory.</param>
/// <param name="hosts">Each host's assembly name and the full path of its built DLL.</param>
internal sealed class HostAssemblies(string repositoryRoot, IReadOnlyDictionary<string, string> hosts)
{
    private const string HostPrefix = "LaunchedHost:";
    private const string RootKey = "RepositoryRoot";

    /// <summary>The repository's root directory: children run in it, so SQLite files land in its <c>.data/</c>.</summary>
    public string RepositoryRoot { get; } = repositoryRoot;

    /// <summary>Reads the paths embedded in <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The launcher's assembly.</param>
    public static HostAssemblies FromMetadata(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        List<AssemblyMetadataAttribute> metadata = [.. assembly.GetCustomAttributes<AssemblyMetadataAttribute>()];
        string root = metadata.FirstOrDefault(entry => entry.Key == RootKey)?.Value
            ?? throw new LaunchException($"{assembly.GetName().Name} was built without its {RootKey} metadata; build it with `dotnet build apphost`.");
        Dictionary<string, string> hosts = metadata
            .Where(entry => entry.Key.StartsWith(HostPrefix, StringComparison.Ordinal) && entry.Value is not null)
            .ToDictionary(entry => entry.Key[HostPrefix.Length..], entry => entry.Value!, StringComparer.Ordinal);
        return new HostAssemblies(root, hosts);
    }

    /// <summary>The built DLL of a host.</summary>
    /// <param name="assemblyName">The host's assembly name, e.g. <c>GameLibrary.Catalog.Host</c>.</param>
    /// <exception cref="LaunchException">The host is not a reference of the launcher, or its DLL is missing.</exception>
    public string PathOf(string assemblyName)
    {
        if (!hosts.TryGetValue(assemblyName, out string? path))
        {
            throw new LaunchException($"{assemblyName} is not among the hosts the apphost builds (a ProjectReference of apphost/GameLibrary.AppHost.csproj).");
        }

        return File.Exists(path)
            ? path
            : throw new LaunchException($"{path} does not exist: build the platform with `dotnet build apphost`, or start it with `dotnet run --project apphost`.");
    }
}
