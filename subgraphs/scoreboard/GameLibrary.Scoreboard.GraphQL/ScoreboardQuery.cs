using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Competitions;
using GameLibrary.Scoreboard.GraphQL.Support;
using GameLibrary.Scoreboard.GraphQL.Types;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.Scores;
using GameLibrary.Subgraph.Toolkit.Authorization;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GameLibrary.Scoreboard.GraphQL;

/// <summary>The scoreboard subgraph's queries.</summary>
public sealed class ScoreboardQuery : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    /// <param name="services">Reads the page size limit.</param>
    public ScoreboardQuery(IServiceProvider services)
    {
        int maxFirst = services.GetRequiredService<IOptions<ScoreboardOptions>>().Value.MaxPageSize;
        Name = "Query";
        Field<NonNullGraphType<LeaderboardType>>("leaderboard")
            .Description($"A page of a game's board: a window's current period (UTC), optionally a region's, or a competition's. Keyset-paged with 'after'; 'first' is at most {maxFirst}.")
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .WithBoardArguments(maxFirst)
            .ResolveAsync(async context => await ScoreboardErrors.GuardAsync(
                () => BoardArguments.ReadAsync(context, Ids.GameId(context.GetArgument<string>("gameId"), "gameId"))).ConfigureAwait(false));

        Field<NonNullGraphType<LeaderboardType>>("seasonStandings")
            .Description("A season's final (or, while it runs, current) standings from the archive in SQL; seasons are named like '2026-Q4'.")
            .Argument<NonNullGraphType<IdGraphType>>("gameId")
            .Argument<NonNullGraphType<StringGraphType>>("season")
            .Argument<RegionType>("region")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = BoardArguments.DefaultFirst)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context => await ScoreboardErrors.GuardAsync(async () =>
            {
                long gameId = Ids.GameId(context.GetArgument<string>("gameId"), "gameId");
                string season = context.GetArgument<string>("season");
                BoardPeriod period = BoardPeriod.Season(season)
                    ?? throw ScoreboardErrors.BadInput("season", $"'{season}' is not a season: seasons are named like 2026-Q4.");
                int first = context.GetArgument("first", BoardArguments.DefaultFirst);
                if (first < 0 || first > maxFirst)
                {
                    throw ScoreboardErrors.BadInput("first", $"'first' is between 0 and {maxFirst}, not {first}.");
                }

                BoardCursor? after = context.GetArgument<string?>("after") is { } cursor ? BoardCursor.Decode(cursor) : null;
                return await context.RequestServices!.GetRequiredService<SqlBoards>().ReadPageAsync(
                    new BoardId(gameId, period, context.GetArgument<Region?>("region")), first, after, null, context.CancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false));

        Field<NonNullGraphType<ScoreConnectionType>>("flaggedScores")
            .Description("Scores held back by anti-cheat rules, oldest first (admins).")
            .RequireRole(Viewer.AdminRole)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = OffsetCursors.DefaultFirst)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context =>
            {
                (int offset, int limit) = OffsetCursors.Read(context);
                return await context.RequestServices!.GetRequiredService<ScoreQueries>().FlaggedAsync(offset, limit, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<AuditRecordConnectionType>>("scoreAudit")
            .Description("Submissions and reviews with their outcomes, newest first, optionally of one player and game (admins).")
            .RequireRole(Viewer.AdminRole)
            .Argument<IdGraphType>("userId")
            .Argument<IdGraphType>("gameId")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = OffsetCursors.DefaultFirst)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context =>
            {
                Guid? userId = context.GetArgument<string?>("userId") is { } user ? Ids.Uuid(user, "userId") : null;
                long? gameId = context.GetArgument<string?>("gameId") is { } game ? Ids.GameId(game, "gameId") : null;
                (int offset, int limit) = OffsetCursors.Read(context);
                return await context.RequestServices!.GetRequiredService<ScoreQueries>()
                    .AuditAsync(userId, gameId, offset, limit, context.CancellationToken).ConfigureAwait(false);
            });

        Field<CompetitionType>("competition")
            .Description("A competition by id; null when none has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => Guid.TryParse(context.GetArgument<string>("id"), out Guid id)
                ? await context.RequestServices!.GetRequiredService<CompetitionService>().FindAsync(id, context.CancellationToken).ConfigureAwait(false)
                : null);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetitionType>>>>("competitions")
            .Description("Competitions, optionally of one game and state, soonest start first (at most 100).")
            .Argument<IdGraphType>("gameId")
            .Argument<CompetitionStateType>("state")
            .ResolveAsync(async context =>
            {
                long? gameId = context.GetArgument<string?>("gameId") is { } game ? Ids.GameId(game, "gameId") : null;
                return await context.RequestServices!.GetRequiredService<CompetitionService>()
                    .ListAsync(gameId, context.GetArgument<CompetitionState?>("state"), context.CancellationToken).ConfigureAwait(false);
            });
    }
}
