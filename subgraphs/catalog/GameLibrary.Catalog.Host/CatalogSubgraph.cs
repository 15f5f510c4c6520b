using GameLibrary.Subgraph.Toolkit.Hosting;

namespace GameLibrary.Catalog.Host;

/// <summary>Composes the catalog subgraph host; Program.cs and the in-process tests build it the same way.</summary>
public static class CatalogSubgraph
{
    /// <summary>The subgraph's name and default port.</summary>
    public static SubgraphDescriptor Descriptor { get; } = new("catalog", DefaultPort: 4001);

    /// <summary>Creates the builder with Redis, the catalog domain and its schema registered.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        WebApplicationBuilder builder = SubgraphHost.CreateBuilder(args, Descriptor);
        builder.Services.AddGameLibraryRedis(builder.Configuration);
        builder.Services.AddCatalog(builder.Configuration);
        builder.Services.AddCatalogGraphQL();
        return builder;
    }
}
