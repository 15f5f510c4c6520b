using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests.Sample;

public sealed class SampleSchema : Schema
{
    public SampleSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<SampleQuery>();
        Mutation = services.GetRequiredService<SampleMutation>();
        Subscription = services.GetRequiredService<SampleSubscription>();
    }
}
