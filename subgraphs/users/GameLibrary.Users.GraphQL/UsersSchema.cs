using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL;

/// <summary>The users subgraph's schema.</summary>
public sealed class UsersSchema : Schema
{
    /// <summary>Creates the schema.</summary>
    /// <param name="services">Resolves the graph types.</param>
    public UsersSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<UsersQuery>();
        Mutation = services.GetRequiredService<UsersMutation>();
    }
}
