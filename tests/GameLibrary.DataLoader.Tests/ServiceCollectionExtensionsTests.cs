using GameLibrary.DataLoader.Tests.Support;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.DataLoader.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDataLoader_gives_each_scope_its_own_loader()
    {
        ServiceCollection services = new();
        services.AddDataLoader<RecordingGroupedLoader>().AddDataLoader<RecordingGroupedLoader>();
        using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using IServiceScope first = provider.CreateScope();
        using IServiceScope second = provider.CreateScope();

        RecordingGroupedLoader loader = first.ServiceProvider.GetRequiredService<RecordingGroupedLoader>();

        Assert.Same(loader, first.ServiceProvider.GetRequiredService<RecordingGroupedLoader>());
        Assert.NotSame(loader, second.ServiceProvider.GetRequiredService<RecordingGroupedLoader>());
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<RecordingGroupedLoader>());
        Assert.Single(services, static descriptor => descriptor.ServiceType == typeof(RecordingGroupedLoader));
    }
}
