using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

/// <summary>Renamed products as they happen; their reviews live in the other subgraph, so the gateway completes every event.</summary>
public sealed class ProductsSubscription : ObjectGraphType
{
    public ProductsSubscription()
    {
        Name = "Subscription";
        Field<NonNullGraphType<ProductType>>("productRenamed")
            .ResolveStream(context => context.RequestServices!.GetRequiredService<ProductRenames>());
    }
}
