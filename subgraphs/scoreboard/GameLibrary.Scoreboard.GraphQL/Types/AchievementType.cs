using GameLibrary.Scoreboard.Achievements;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>Achievement</c> type.</summary>
public sealed class AchievementType : ObjectGraphType<AchievementView>
{
    /// <summary>Creates the type.</summary>
    public AchievementType()
    {
        Name = "Achievement";
        Description = "An achievement a player unlocked (each at most once): SCORE_100/500/5000/50000, STREAK_3/7/30_DAYS, TOP_10, FIRST_PLACE.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(context => AchievementNames.Describe(context.Source.Name));
        Field<GameType>("game").Resolve(context => context.Source.GameId is { } id ? new GameReference { Id = id } : null);
        Field<NonNullGraphType<DateTimeGraphType>>("unlockedAt").Resolve(context => context.Source.UnlockedAt.UtcDateTime);
    }
}
