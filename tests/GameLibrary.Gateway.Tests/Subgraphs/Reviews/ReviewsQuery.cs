using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Reviews;

public sealed class ReviewsQuery : ObjectGraphType
{
    public ReviewsQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("latestReviews")
            .Resolve(context => context.RequestServices!.GetRequiredService<ReviewStore>().All.Reverse());
    }
}
