using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

/// <summary>The products subgraph (Supergraphs/products.graphql): owns Product and its name and price.</summary>
public sealed class ProductsSchema : Schema
{
    public ProductsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<ProductsQuery>();
        Mutation = services.GetRequiredService<ProductsMutation>();
        Subscription = services.GetRequiredService<ProductsSubscription>();
    }
}
