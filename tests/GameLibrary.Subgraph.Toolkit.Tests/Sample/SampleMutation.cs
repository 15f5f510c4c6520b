using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

public sealed class SampleMutation : ObjectGraphType
{
    public SampleMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<ReviewType>>("addReview")
            .Argument<NonNullGraphType<IdGraphType>>("productId")
            .Argument<NonNullGraphType<StringGraphType>>("body")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductCatalog>()
                .AddReview(context.GetArgument<int>("productId"), context.GetArgument<string>("body")));
    }
}
