using GameLibrary.AppHost.Platform;

namespace GameLibrary.AppHost.Tests.Platform;

public sealed class HostAssembliesTests
{
    [Fact]
    public void The_build_embeds_the_repository_root_and_the_built_hosts()
    {
        HostAssemblies hosts = HostAssemblies.FromMetadata(typeof(PlatformLauncher).Assembly);

        Assert.True(File.Exists(Path.Combine(hosts.RepositoryRoot, "GameLibrary.sln")), hosts.RepositoryRoot);
        foreach (SubgraphDefinition subgraph in SubgraphDefinition.All)
        {
            string path = hosts.PathOf(subgraph.AssemblyName);
            Assert.Equal($"{subgraph.AssemblyName}.dll", Path.GetFileName(path));
            Assert.True(File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")), path);
        }
    }

    [Fact]
    public void A_host_the_apphost_does_not_build_is_refused()
    {
        HostAssemblies hosts = HostAssemblies.FromMetadata(typeof(PlatformLauncher).Assembly);

        LaunchException failure = Assert.Throws<LaunchException>(() => hosts.PathOf("GameLibrary.Nonexistent.Host"));

        Assert.Contains("ProjectReference", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_without_the_metadata_is_refused()
    {
        Assert.Throws<LaunchException>(() => HostAssemblies.FromMetadata(typeof(HostAssembliesTests).Assembly));
    }
}
