using GameLibrary.Scoreboard.Competitions;
using GameLibrary.Scoreboard.GraphQL.Inputs;
using GameLibrary.Scoreboard.GraphQL.Support;
using GameLibrary.Scoreboard.GraphQL.Types;
using GameLibrary.Scoreboard.Scores;
using GameLibrary.Subgraph.Toolkit.Authorization;

using GraphQL;
using GraphQL.Types;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.GraphQL;

/// <summary>The scoreboard subgraph's mutations.</summary>
public sealed class ScoreboardMutation : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public ScoreboardMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<SubmitScorePayloadType>>("submitScore")
            .Description("Submits a score for the signed-in player. Counted once per idempotency key; rate limited per game (RATE_LIMITED with extensions.retryAfter); implausible scores are FLAGGED for review.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<SubmitScoreInputType>>("input")
            .ResolveAsync(async context => await ScoreboardErrors.GuardAsync(async () =>
            {
                SubmitScoreInput input = context.GetArgument<SubmitScoreInput>("input");
                (string address, string userAgent) = ClientInfo.Of(context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext);
                SubmitScoreCommand command = new(
                    Viewer.RequireId(context),
                    Ids.GameId(input.GameId, "gameId"),
                    input.Score,
                    input.IdempotencyKey,
                    input.PlayedAt is { } playedAt ? Instants.ToUtc(playedAt) : null,
                    input.CompetitionId is { } competition ? Ids.Uuid(competition, "competitionId") : null,
                    address,
                    userAgent);
                return await context.RequestServices!.GetRequiredService<ScoreService>().SubmitAsync(command, context.CancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false));

        Field<NonNullGraphType<ScoreType>>("reviewScore")
            .Description("Accepts a flagged score onto the boards, or rejects it (admins).")
            .RequireRole(Viewer.AdminRole)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<BooleanGraphType>>("accept")
            .ResolveAsync(async context => await ScoreboardErrors.GuardAsync(async () =>
            {
                (string address, string userAgent) = ClientInfo.Of(context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext);
                return await context.RequestServices!.GetRequiredService<ScoreService>().ReviewAsync(
                    Ids.Uuid(context.GetArgument<string>("id"), "id"),
                    context.GetArgument<bool>("accept"),
                    Viewer.RequireId(context),
                    address,
                    userAgent,
                    context.CancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false));

        Field<NonNullGraphType<CompetitionType>>("createCompetition")
            .Description("Creates a time-boxed competition on a game (admins).")
            .RequireRole(Viewer.AdminRole)
            .Argument<NonNullGraphType<CreateCompetitionInputType>>("input")
            .ResolveAsync(async context => await ScoreboardErrors.GuardAsync(async () =>
            {
                CreateCompetitionInput input = context.GetArgument<CreateCompetitionInput>("input");
                return await context.RequestServices!.GetRequiredService<CompetitionService>().CreateAsync(
                    Ids.GameId(input.GameId, "gameId"),
                    input.Name,
                    Instants.ToUtc(input.StartsAt),
                    Instants.ToUtc(input.EndsAt),
                    Viewer.RequireId(context),
                    context.CancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false));
    }
}
