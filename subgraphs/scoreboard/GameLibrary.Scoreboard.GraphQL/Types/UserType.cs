using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.GraphQL.Support;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.Stats;

using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The users subgraph's <c>User</c> entity, extended with scores, ranks, statistics and achievements.</summary>
public sealed class UserType : ObjectGraphType<UserReference>
{
    /// <summary>The most <c>bestScores</c> returns.</summary>
    public const int MaxBestScores = 50;

    /// <summary>The most followed players a friends board takes into account.</summary>
    public const int MaxFriends = 1_000;

    /// <summary>Creates the type.</summary>
    public UserType()
    {
        Name = "User";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => Ids.Format(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("followingIds")
            .External()
            .Resolve(context => context.Source.FollowingIds ?? []);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BestScoreType>>>>("bestScores")
            .Description($"The player's all-time bests, highest first; 'first' is at most {MaxBestScores}.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 10)
            .ResolveAsync(async context =>
            {
                int first = context.GetArgument("first", 10);
                if (first is < 0 or > MaxBestScores)
                {
                    throw ScoreboardErrors.BadInput("first", $"'first' is between 0 and {MaxBestScores}, not {first}.");
                }

                return await Service<PlayerQueries>(context).BestScoresAsync(context.Source.Id, first, context.CancellationToken).ConfigureAwait(false);
            });

        Field<PlayerRankType>("rank")
            .Description("The player's standing on a game's board; null when not on it.")
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .Argument<LeaderboardWindowType>("window", argument => argument.DefaultValue = LeaderboardWindow.AllTime)
            .Argument<RegionType>("region")
            .ResolveAsync(async context =>
            {
                BoardId board = new(
                    Ids.GameId(context.GetArgument<string>("gameId"), "gameId"),
                    BoardPeriod.Of(context.GetArgument("window", LeaderboardWindow.AllTime), Service<TimeProvider>(context).GetUtcNow()),
                    context.GetArgument<Region?>("region"));
                return await Service<Leaderboards>(context).RankAsync(board, context.Source.Id, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<PlayerStatsType>>("stats")
            .Description("The player's statistics on a game.")
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .ResolveAsync(async context => await Service<PlayerQueries>(context)
                .StatsAsync(context.Source.Id, Ids.GameId(context.GetArgument<string>("gameId"), "gameId"), context.CancellationToken)
                .ConfigureAwait(false));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AchievementType>>>>("achievements")
            .Description("The player's unlocked achievements, oldest first.")
            .ResolveAsync(async context => (await Service<PlayerQueries>(context)
                    .AchievementsAsync([context.Source.Id], context.CancellationToken).ConfigureAwait(false))[context.Source.Id]
                .Select(a => new AchievementView(a.Name, a.GameId, Time.FromMicros(a.UnlockedAtMicros)))
                .ToList());

        Field<NonNullGraphType<LeaderboardType>>("friendsLeaderboard")
            .Description($"A board of the players this player follows (the first {MaxFriends}) and the player, ranked among themselves.")
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .Argument<LeaderboardWindowType>("window", argument => argument.DefaultValue = LeaderboardWindow.AllTime)
            .Requires("followingIds")
            .ResolveAsync(async context =>
            {
                long gameId = Ids.GameId(context.GetArgument<string>("gameId"), "gameId");
                HashSet<Guid> players = [context.Source.Id];
                foreach (string id in (context.Source.FollowingIds ?? []).Take(MaxFriends))
                {
                    if (Guid.TryParse(id, out Guid followed))
                    {
                        players.Add(followed);
                    }
                }

                BoardId board = new(gameId, BoardPeriod.Of(context.GetArgument("window", LeaderboardWindow.AllTime), Service<TimeProvider>(context).GetUtcNow()), null);
                IReadOnlyList<BoardEntry> entries = await Service<Leaderboards>(context)
                    .ReadPlayersAsync(board, players, context.CancellationToken).ConfigureAwait(false);
                return new LeaderboardPage(board, entries.Count, entries, false, false);
            });

        this.ResolveReference<UserReference>((_, reference) => reference);
    }

    private static T Service<T>(IResolveFieldContext context)
        where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
