using GameLibrary.DataLoader;
using GameLibrary.Subgraph.Toolkit.Hosting;
using GameLibrary.Users.GraphQL.Loaders;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL;

/// <summary>Composes the users subgraph; the host only builds and runs it, so tests host exactly the same thing.</summary>
public static class UsersSubgraph
{
    /// <summary>The users subgraph's name and default port.</summary>
    public static SubgraphDescriptor Descriptor { get; } = new("users", DefaultPort: 4002);

    /// <summary>
    /// Creates a subgraph builder (<see cref="SubgraphHost.CreateBuilder"/>) with the Redis connection, the users
    /// domain (database, services), its events (outbox publisher, catalog consumer), the schema and its data loaders.
    /// </summary>
    /// <param name="args">The command-line arguments; also read as configuration.</param>
    /// <returns>The builder, ready to build.</returns>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        WebApplicationBuilder builder = SubgraphHost.CreateBuilder(args, Descriptor);
        builder.Services.AddGameLibraryRedis(builder.Configuration);
        builder.Services.AddUsersDomain(builder.Configuration);
        builder.Services.AddUsersEvents(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSubgraphSchema<UsersSchema>();
        builder.Services.AddDataLoader<UserByIdLoader>();
        builder.Services.AddDataLoader<RatingSummaryLoader>();
        builder.Services.AddDataLoader<LibraryEntryLoader>();
        builder.Services.AddDataLoader<RatingLoader>();
        builder.Services.AddDataLoader<FollowingIdsLoader>();
        return builder;
    }
}
