using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Reviews;

/// <summary>The products subgraph's Product, extended with its reviews.</summary>
public sealed class ReviewsProductType : ObjectGraphType<ProductReference>
{
    public ReviewsProductType()
    {
        Name = "Product";
        this.Key("id");
        Field(product => product.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
            .Resolve(context => context.RequestServices!.GetRequiredService<ReviewStore>().All
                .Where(review => review.ProductId == context.Source.Id));
        this.ResolveReference<ProductReference>((_, reference) => reference);
    }
}
