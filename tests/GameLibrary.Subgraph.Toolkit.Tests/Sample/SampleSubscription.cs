using GameLibrary.Subgraph.Toolkit.Authorization;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

public sealed class SampleSubscription : ObjectGraphType
{
    public SampleSubscription()
    {
        Name = "Subscription";
        Field<NonNullGraphType<IntGraphType>>("countdown")
            .Argument<NonNullGraphType<IntGraphType>>("from")
            .ResolveStream(context => new CountdownObservable(context.GetArgument<int>("from")));
        Field<NonNullGraphType<IntGraphType>>("ticker")
            .ResolveStream(context => context.RequestServices!.GetRequiredService<Ticker>());
        Field<NonNullGraphType<IntGraphType>>("adminTicker")
            .RequireRole("admin")
            .ResolveStream(context => context.RequestServices!.GetRequiredService<Ticker>());
    }
}
