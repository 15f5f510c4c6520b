using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Reviews;

/// <summary>The reviews subgraph (Supergraphs/reviews.graphql): adds reviews to the products subgraph's Product.</summary>
public sealed class ReviewsSchema : Schema
{
    public ReviewsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<ReviewsQuery>();
    }
}
