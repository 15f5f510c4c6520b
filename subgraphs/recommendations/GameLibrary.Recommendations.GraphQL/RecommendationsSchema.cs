using GameLibrary.Recommendations.GraphQL.Types;

using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Recommendations.GraphQL;

/// <summary>The recommendations subgraph's schema.</summary>
public sealed class RecommendationsSchema : Schema
{
    /// <summary>Creates the schema.</summary>
    /// <param name="services">Resolves the graph types.</param>
    public RecommendationsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<RecommendationsQuery>();

        // No field returns a User: the type is reached only through _entities, so it is registered by hand.
        RegisterType(typeof(UserType));
    }
}
