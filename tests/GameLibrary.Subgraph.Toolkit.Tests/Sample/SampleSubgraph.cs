using GameLibrary.DataLoader;
using GameLibrary.Subgraph.Toolkit.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

/// <summary>What a real subgraph's Program.cs does before <c>Build</c>; the tests host it in-process.</summary>
public static class SampleSubgraph
{
    public static SubgraphDescriptor Descriptor { get; } = new("sample", 4999);

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        WebApplicationBuilder builder = SubgraphHost.CreateBuilder(args, Descriptor);
        builder.Services.AddSubgraphSchema<SampleSchema>();
        builder.Services.AddSingleton<ProductCatalog>();
        builder.Services.AddSingleton<ProductLoaderLog>();
        builder.Services.AddSingleton<Ticker>();
        builder.Services.AddDataLoader<ProductLoader>();
        return builder;
    }
}
