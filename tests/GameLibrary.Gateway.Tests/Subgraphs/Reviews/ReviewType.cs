using GraphQL.Types;

namespace GameLibrary.Gateway.Tests.Subgraphs.Reviews;

public sealed class ReviewType : ObjectGraphType<Review>
{
    public ReviewType()
    {
        Name = "Review";
        Field(review => review.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(review => review.Body);
        Field<NonNullGraphType<ReviewsProductType>>("product").Resolve(context => new ProductReference { Id = context.Source.ProductId });
    }
}
