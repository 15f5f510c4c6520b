using GameLibrary.Scoreboard.GraphQL.Support;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>LeaderboardEntry</c> type.</summary>
public sealed class LeaderboardEntryType : ObjectGraphType<LeaderboardEntryView>
{
    /// <summary>Creates the type.</summary>
    public LeaderboardEntryType()
    {
        Name = "LeaderboardEntry";
        Description = "A player's place on a board: their best score there, and when they first reached it.";
        Field<NonNullGraphType<IntGraphType>>("rank")
            .Description("1 for the best. Equal scores are ranked by who reached them first, so ranks are distinct.")
            .Resolve(context => (int)context.Source.Entry.Rank);
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(context => (int)context.Source.Entry.Score);
        Field<NonNullGraphType<DateTimeGraphType>>("achievedAt").Resolve(context => context.Source.Entry.AchievedAt.UtcDateTime);
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("The entry's position, for 'after'.")
            .Resolve(context => context.Source.Entry.Cursor.Encode());
        Field<NonNullGraphType<UserType>>("user").Resolve(context => new UserReference { Id = context.Source.Entry.UserId });
        Field<NonNullGraphType<GameType>>("game").Resolve(context => new GameReference { Id = context.Source.GameId });
    }
}
