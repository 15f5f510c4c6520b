using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.GraphQL;

/// <summary>The scoreboard subgraph's schema.</summary>
public sealed class ScoreboardSchema : Schema
{
    /// <summary>Creates the schema.</summary>
    /// <param name="services">Resolves the graph types.</param>
    public ScoreboardSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<ScoreboardQuery>();
        Mutation = services.GetRequiredService<ScoreboardMutation>();
        Subscription = services.GetRequiredService<ScoreboardSubscription>();
    }
}
