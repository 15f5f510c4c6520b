using GameLibrary.Subgraph.Toolkit.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.GraphQL;

/// <summary>Composes the scoreboard subgraph; the host only builds and runs it, so tests host exactly the same thing.</summary>
public static class ScoreboardSubgraph
{
    /// <summary>The scoreboard subgraph's name and default port.</summary>
    public static SubgraphDescriptor Descriptor { get; } = new("scoreboard", DefaultPort: 4003);

    /// <summary>
    /// Creates a subgraph builder (<see cref="SubgraphHost.CreateBuilder"/>) with the Redis connection, the scoreboard
    /// domain, its background services (board maintenance, outbox publisher, catalog and users consumers) and the schema.
    /// </summary>
    /// <param name="args">The command-line arguments; also read as configuration.</param>
    /// <returns>The builder, ready to build.</returns>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        WebApplicationBuilder builder = SubgraphHost.CreateBuilder(args, Descriptor);
        builder.Services.AddGameLibraryRedis(builder.Configuration);
        builder.Services.AddScoreboardDomain(builder.Configuration);
        builder.Services.AddScoreboardBackgroundServices(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSubgraphSchema<ScoreboardSchema>();
        return builder;
    }
}
