using GameLibrary.Subgraph.Toolkit.Authorization;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

public sealed class SampleQuery : ObjectGraphType
{
    public SampleQuery()
    {
        Name = "Query";
        Field<ProductType>("product")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductLoader>().LoadAsync(context.GetArgument<int>("id")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProductCatalog>().Reviews);
        Field<ViewerType>("viewer").RequireAuthenticated().Resolve(context => context.User);
        Field<NonNullGraphType<StringGraphType>>("boom").Resolve(_ => throw new InvalidOperationException("secret internals"));
    }
}
