using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>The benchmark subgraph: <c>leaderboardUpdated(gameId)</c> streams <see cref="BoardFeed"/>'s boards.</summary>
public sealed class BoardSchema : Schema
{
    public BoardSchema(IServiceProvider services)
        : base(services)
    {
        Query = new QueryType();
        Subscription = new SubscriptionType();
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType()
        {
            Name = "Query";
            Field<NonNullGraphType<StringGraphType>>("ping").Resolve(_ => "pong");
        }
    }

    private sealed class SubscriptionType : ObjectGraphType
    {
        public SubscriptionType()
        {
            Name = "Subscription";
            Field<NonNullGraphType<BoardType>>("leaderboardUpdated")
                .Argument<NonNullGraphType<IdGraphType>>("gameId")
                .ResolveStream(context => context.RequestServices!.GetRequiredService<BoardFeed>());
        }
    }

    private sealed class BoardType : ObjectGraphType<BoardEvent>
    {
        public BoardType()
        {
            Name = "Leaderboard";
            Field(board => board.Sequence);
            Field(board => board.Scores, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>));
        }
    }
}
