using GameLibrary.Scoreboard.Boards;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>PlayerRank</c> type.</summary>
public sealed class PlayerRankType : ObjectGraphType<PlayerRank>
{
    /// <summary>Creates the type.</summary>
    public PlayerRankType()
    {
        Name = "PlayerRank";
        Description = "A player's standing on a board.";
        Field<NonNullGraphType<IntGraphType>>("rank").Resolve(context => (int)context.Source.Rank);
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(context => (int)context.Source.Score);
        Field<NonNullGraphType<FloatGraphType>>("percentile")
            .Description("The share of the board's players at or below this rank, 0–100 (100 for first place).")
            .Resolve(context => context.Source.Percentile);
    }
}
