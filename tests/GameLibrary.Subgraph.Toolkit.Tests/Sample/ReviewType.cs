using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

public sealed class ReviewType : ObjectGraphType<Review>
{
    public ReviewType()
    {
        Name = "Review";
        Field(review => review.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(review => review.Body);
        Field<ProductType>("product")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductLoader>().LoadAsync(context.Source.ProductId));
    }
}
