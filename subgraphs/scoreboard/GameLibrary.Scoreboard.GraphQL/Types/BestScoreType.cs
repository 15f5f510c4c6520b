using GameLibrary.Scoreboard.Boards;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>BestScore</c> type: a player's all-time best on one game.</summary>
public sealed class BestScoreType : ObjectGraphType<BestScore>
{
    /// <summary>Creates the type.</summary>
    public BestScoreType()
    {
        Name = "BestScore";
        Description = "A player's all-time best on one game.";
        Field<NonNullGraphType<GameType>>("game").Resolve(context => new GameReference { Id = context.Source.GameId });
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(context => (int)context.Source.Value);
        Field<NonNullGraphType<DateTimeGraphType>>("achievedAt").Resolve(context => Time.FromMicros(context.Source.AchievedAtMicros).UtcDateTime);
        Field<IntGraphType>("rank")
            .Description("The player's rank on the game's all-time board.")
            .ResolveAsync(async context => (int?)(await context.RequestServices!.GetRequiredService<Leaderboards>()
                .RankAsync(new BoardId(context.Source.GameId, BoardPeriod.AllTime, null), context.Source.UserId, context.CancellationToken)
                .ConfigureAwait(false))?.Rank);
    }
}
