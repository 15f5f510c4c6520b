using GameLibrary.AppHost.Platform;
using GameLibrary.Testing;

namespace GameLibrary.AppHost.Tests.Support;

/// <summary>Empty stand-ins for every host's DLL in a temp folder: enough for planning, which never starts them.</summary>
internal static class FakeHosts
{
    /// <summary>Writes an empty DLL per subgraph host and the gateway under <paramref name="root"/>.</summary>
    public static HostAssemblies In(TempDirectory root)
    {
        Dictionary<string, string> hosts = [];
        foreach (string name in SubgraphDefinition.All.Select(subgraph => subgraph.AssemblyName).Append(PlatformPlan.GatewayAssembly))
        {
            hosts[name] = Path.Combine(root.Path, $"{name}.dll");
            File.WriteAllText(hosts[name], "");
        }

        return new HostAssemblies(root.Path, hosts);
    }
}
