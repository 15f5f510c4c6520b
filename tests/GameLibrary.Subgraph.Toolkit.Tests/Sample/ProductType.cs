using GameLibrary.Subgraph.Toolkit.Authorization;
using GameLibrary.Subgraph.Toolkit.Federation;

using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

public sealed class ProductType : ObjectGraphType<Product>
{
    public ProductType()
    {
        Name = "Product";
        this.Key("id");
        Field(product => product.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(product => product.Name);
        Field(product => product.Price);
        Field(product => product.CostPrice, nullable: true).RequireRole("admin");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductCatalog>().Reviews
                .Where(review => review.ProductId == context.Source.Id));
        this.ResolveReferenceBatched<Product, int, ProductLoader>(product => product.Id);
    }
}
