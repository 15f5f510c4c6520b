using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Competitions;
using GameLibrary.Scoreboard.Players;

using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>The arguments every board field shares, and their reading into a board read.</summary>
internal static class BoardArguments
{
    public const int DefaultFirst = 10;

    /// <summary>Adds <c>window</c>, <c>region</c>, <c>competitionId</c>, <c>first</c>, <c>after</c>, <c>minScore</c>.</summary>
    public static FieldBuilder<TSource, object> WithBoardArguments<TSource>(this FieldBuilder<TSource, object> field, int maxFirst) => field
        .Argument<Types.LeaderboardWindowType>("window", argument => argument.DefaultValue = LeaderboardWindow.AllTime)
        .Argument<Types.RegionType>("region", argument => argument.Description = "A region's board instead of the global one.")
        .Argument<IdGraphType>("competitionId", argument => argument.Description = "A competition's board instead of a window's (global only).")
        .Argument<IntGraphType>("first", argument =>
        {
            argument.DefaultValue = DefaultFirst;
            argument.Description = $"How many entries, 0 to {maxFirst}.";
        })
        .Argument<StringGraphType>("after", argument => argument.Description = "An entry's cursor: the page starts after it.")
        .Argument<IntGraphType>("minScore", argument => argument.Description = "Leaves out entries below this score.");

    /// <summary>Reads the board arguments for the game <paramref name="gameId"/> and reads the page.</summary>
    public static async Task<LeaderboardPage> ReadAsync(IResolveFieldContext context, long gameId)
    {
        IServiceProvider services = context.RequestServices!;
        ScoreboardOptions options = services.GetRequiredService<IOptions<ScoreboardOptions>>().Value;
        int first = context.GetArgument("first", DefaultFirst);
        if (first < 0 || first > options.MaxPageSize)
        {
            throw ScoreboardErrors.BadInput("first", $"'first' is between 0 and {options.MaxPageSize}, not {first}.");
        }

        BoardCursor? after = context.GetArgument<string?>("after") is { } cursor ? ScoreboardErrors.Guard(() => BoardCursor.Decode(cursor)) : null;
        Region? region = context.GetArgument<Region?>("region");
        BoardPeriod period;
        if (context.GetArgument<string?>("competitionId") is { } competitionText)
        {
            Guid competitionId = Ids.Uuid(competitionText, "competitionId");
            Competition? competition = await services.GetRequiredService<CompetitionService>()
                .FindAsync(competitionId, context.CancellationToken).ConfigureAwait(false);
            if (competition is null || competition.GameId != gameId)
            {
                throw ScoreboardErrors.BadInput("competitionId", "No competition on this game has this id.");
            }

            if (region is not null)
            {
                throw ScoreboardErrors.BadInput("region", "Competition boards are global.");
            }

            period = BoardPeriod.Competition(competitionId);
        }
        else
        {
            period = BoardPeriod.Of(context.GetArgument("window", LeaderboardWindow.AllTime), services.GetRequiredService<TimeProvider>().GetUtcNow());
        }

        long? minScore = context.GetArgument<int?>("minScore");
        return await services.GetRequiredService<Leaderboards>()
            .ReadPageAsync(new BoardId(gameId, period, region), first, after, minScore, context.CancellationToken).ConfigureAwait(false);
    }
}
