using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Catalog.GraphQL;

/// <summary>The catalog subgraph's schema.</summary>
public sealed class CatalogSchema : Schema
{
    /// <summary>Creates the schema from the registered root types.</summary>
    /// <param name="services">The application services.</param>
    public CatalogSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<CatalogQuery>();
        Mutation = services.GetRequiredService<CatalogMutation>();
    }
}
