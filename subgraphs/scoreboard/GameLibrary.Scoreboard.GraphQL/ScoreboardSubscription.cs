using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.GraphQL.Support;
using GameLibrary.Scoreboard.GraphQL.Types;
using GameLibrary.Scoreboard.Live;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Subgraph.Toolkit.Authorization;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.GraphQL;

/// <summary>The scoreboard subgraph's subscriptions, fed through Redis pub/sub so any instance sees every instance's scores.</summary>
public sealed class ScoreboardSubscription : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    /// <param name="services">Reads the page size limit.</param>
    public ScoreboardSubscription(IServiceProvider services)
    {
        int maxTop = services.GetRequiredService<IOptions<ScoreboardOptions>>().Value.MaxPageSize;
        Name = "Subscription";
        Field<NonNullGraphType<LeaderboardType>>("leaderboardUpdated")
            .Description($"A board's top N ('top' at most {maxTop}) at once, then again each time it changes, at most a few times a second.")
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .Argument<LeaderboardWindowType>("window", argument => argument.DefaultValue = LeaderboardWindow.AllTime)
            .Argument<RegionType>("region")
            .Argument<IntGraphType>("top", argument => argument.DefaultValue = BoardArguments.DefaultFirst)
            .ResolveStream(context =>
            {
                long gameId = Ids.GameId(context.GetArgument<string>("gameId"), "gameId");
                int top = context.GetArgument("top", BoardArguments.DefaultFirst);
                if (top < 1 || top > maxTop)
                {
                    throw ScoreboardErrors.BadInput("top", $"'top' is between 1 and {maxTop}, not {top}.");
                }

                return context.RequestServices!.GetRequiredService<LeaderboardFeed>()
                    .Watch(gameId, context.GetArgument("window", LeaderboardWindow.AllTime), context.GetArgument<Region?>("region"), top)
                    .Select(page => page);
            });

        Field<NonNullGraphType<AchievementType>>("achievementUnlocked")
            .Description("The signed-in player's achievements as they are unlocked.")
            .RequireAuthenticated()
            .ResolveStream(context => context.RequestServices!.GetRequiredService<AchievementFeed>()
                .Watch(Viewer.RequireId(context))
                .Select(unlocked => new AchievementView(unlocked.Achievement, unlocked.GameId, unlocked.UnlockedAt)));
    }
}
