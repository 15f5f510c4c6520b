using GameLibrary.Scoreboard.Stats;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>PlayerStats</c> type.</summary>
public sealed class PlayerStatsType : ObjectGraphType<PlayerStats>
{
    /// <summary>Creates the type.</summary>
    public PlayerStatsType()
    {
        Name = "PlayerStats";
        Description = "A player's statistics on one game.";
        Field<NonNullGraphType<GameType>>("game").Resolve(context => new GameReference { Id = context.Source.GameId });
        Field<NonNullGraphType<IntGraphType>>("totalSubmissions").Resolve(context => context.Source.TotalSubmissions);
        Field<IntGraphType>("best").Description("The all-time best; null before an accepted score.").Resolve(context => (int?)context.Source.Best);
        Field<FloatGraphType>("percentile").Description("The all-time percentile; null when not on the board.").Resolve(context => context.Source.Percentile);
        Field<NonNullGraphType<IntGraphType>>("dailyStreak")
            .Description("Consecutive UTC days with an accepted score, up to today (or yesterday).")
            .Resolve(context => context.Source.DailyStreak);
        Field<NonNullGraphType<FloatGraphType>>("scoreVelocity")
            .Description("Points a day: the best of the last 7 days minus the best of the 7 before, over 7.")
            .Resolve(context => context.Source.ScoreVelocity);
        Field<NonNullGraphType<TrendType>>("weeklyTrend").Resolve(context => context.Source.WeeklyTrend);
        Field<NonNullGraphType<IntGraphType>>("achievementCount").Resolve(context => context.Source.AchievementCount);
        Field<IntGraphType>("nextMilestone")
            .Description("The next score threshold above the best; null past the last.")
            .Resolve(context => (int?)context.Source.NextMilestone);
    }
}
