using GameLibrary.Subgraph.Toolkit.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Recommendations.GraphQL;

/// <summary>Composes the recommendations subgraph; the host only builds and runs it, so tests host exactly the same thing.</summary>
public static class RecommendationsSubgraph
{
    /// <summary>The recommendations subgraph's name and default port.</summary>
    public static SubgraphDescriptor Descriptor { get; } = new("recommendations", DefaultPort: 4004);

    /// <summary>
    /// Creates a subgraph builder (<see cref="SubgraphHost.CreateBuilder"/>) with the Redis connection, the
    /// recommendations domain (read model, index, service), its event consumers and the schema.
    /// </summary>
    /// <param name="args">The command-line arguments; also read as configuration.</param>
    /// <returns>The builder, ready to build.</returns>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        WebApplicationBuilder builder = SubgraphHost.CreateBuilder(args, Descriptor);
        builder.Services.AddGameLibraryRedis(builder.Configuration);
        builder.Services.AddRecommendationsDomain(builder.Configuration);
        builder.Services.AddRecommendationsEvents(builder.Configuration);
        builder.Services.AddSubgraphSchema<RecommendationsSchema>();
        return builder;
    }
}
