using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Subgraphs.Leaderboard;

/// <summary>
/// A small stand-in for the scoreboard subgraph with the same shape where the dashboard page looks:
/// <c>leaderboard</c>, <c>leaderboardUpdated</c>, and a <c>submitScore</c> without sign-in.
/// </summary>
public sealed class LeaderboardSchema : Schema
{
    public LeaderboardSchema(IServiceProvider services)
        : base(services)
    {
        Query = new LeaderboardQuery();
        Mutation = new LeaderboardMutation();
        Subscription = new LeaderboardSubscription();
    }

    private static BoardStore Store(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<BoardStore>();

    private static string Window(IResolveFieldContext context) => context.GetArgument<string?>("window") ?? "ALL_TIME";

    private sealed class LeaderboardQuery : ObjectGraphType
    {
        public LeaderboardQuery()
        {
            Name = "Query";
            Field<NonNullGraphType<BoardType>>("leaderboard")
                .Argument<NonNullGraphType<IdGraphType>>("gameId")
                .Argument<WindowType>("window", argument => argument.DefaultValue = "ALL_TIME")
                .Argument<RegionType>("region")
                .Argument<IntGraphType>("first", argument => argument.DefaultValue = 10)
                .Resolve(context => Store(context).Top(
                    context.GetArgument<string>("gameId"), Window(context), context.GetArgument<string?>("region"), context.GetArgument<int>("first")));
        }
    }

    private sealed class LeaderboardMutation : ObjectGraphType
    {
        public LeaderboardMutation()
        {
            Name = "Mutation";
            Field<NonNullGraphType<IntGraphType>>("submitScore")
                .Description("Keeps the player's best score; answers the player's rank.")
                .Argument<NonNullGraphType<IdGraphType>>("gameId")
                .Argument<NonNullGraphType<StringGraphType>>("player")
                .Argument<NonNullGraphType<IntGraphType>>("score")
                .Resolve(context => Store(context).Submit(
                    context.GetArgument<string>("gameId"), context.GetArgument<string>("player"), context.GetArgument<int>("score")));
        }
    }

    private sealed class LeaderboardSubscription : ObjectGraphType
    {
        public LeaderboardSubscription()
        {
            Name = "Subscription";
            Field<NonNullGraphType<BoardType>>("leaderboardUpdated")
                .Argument<NonNullGraphType<IdGraphType>>("gameId")
                .Argument<WindowType>("window", argument => argument.DefaultValue = "ALL_TIME")
                .Argument<RegionType>("region")
                .Argument<IntGraphType>("top", argument => argument.DefaultValue = 10)
                .ResolveStream(context => Store(context).Watch(
                    context.GetArgument<string>("gameId"), Window(context), context.GetArgument<string?>("region"), context.GetArgument<int>("top")));
        }
    }

    private sealed class WindowType : EnumerationGraphType
    {
        public WindowType()
        {
            Name = "LeaderboardWindow";
            foreach (string window in new[] { "ALL_TIME", "DAILY", "WEEKLY", "MONTHLY", "SEASON" })
            {
                Add(window, window);
            }
        }
    }

    private sealed class RegionType : EnumerationGraphType
    {
        public RegionType()
        {
            Name = "Region";
            foreach (string region in new[] { "NA", "EU", "APAC", "LATAM", "MEA" })
            {
                Add(region, region);
            }
        }
    }

    private sealed class BoardType : ObjectGraphType<Board>
    {
        public BoardType()
        {
            Name = "Leaderboard";
            Field(board => board.GameId, type: typeof(NonNullGraphType<IdGraphType>));
            Field(board => board.Window, type: typeof(NonNullGraphType<WindowType>));
            Field(board => board.Region, type: typeof(RegionType));
            Field(board => board.TotalPlayers);
            Field(board => board.Entries, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EntryType>>>));
        }
    }

    private sealed class EntryType : ObjectGraphType<BoardEntry>
    {
        public EntryType()
        {
            Name = "LeaderboardEntry";
            Field(entry => entry.Rank);
            Field(entry => entry.Score);
            Field(entry => entry.User, type: typeof(NonNullGraphType<PlayerType>));
        }
    }

    private sealed class PlayerType : ObjectGraphType<Player>
    {
        public PlayerType()
        {
            Name = "User";
            this.Key("id");
            Field(player => player.Id, type: typeof(NonNullGraphType<IdGraphType>));
            Field(player => player.DisplayName);
        }
    }
}
