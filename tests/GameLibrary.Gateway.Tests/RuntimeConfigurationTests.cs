using System.Text.Json;

using GameLibrary.Gateway.Hosting;

namespace GameLibrary.Gateway.Tests;

/// <summary>
/// The runtime settings the gateway host ships in its runtimeconfig.json (ADR 0018): they apply however the host is
/// started (<c>dotnet GameLibrary.Gateway.dll</c>, the apphost, the container), so the file itself is what is checked.
/// </summary>
public sealed class RuntimeConfigurationTests
{
    [Fact]
    public void Tier_up_starts_without_waiting_for_a_quiet_moment()
    {
        Assert.Equal(0, Property("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }

    [Fact]
    public void Idle_thread_pool_workers_block_without_spinning()
    {
        Assert.Equal(0, Property("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }

    [Fact]
    public void The_host_keeps_server_garbage_collection()
    {
        Assert.True(Property("System.GC.Server").GetBoolean());
    }

    private static JsonElement Property(string name)
    {
        // The build copies the referenced host's runtimeconfig.json beside its assembly in this project's output.
        string assembly = typeof(GatewayHost).Assembly.Location;
        string path = Path.ChangeExtension(assembly, ".runtimeconfig.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty(name, out JsonElement value), $"{name} is not set in {path}.");
        return value.Clone();
    }
}
