using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Competitions;
using GameLibrary.Scoreboard.GraphQL.Support;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>Competition</c> type.</summary>
public sealed class CompetitionType : ObjectGraphType<Competition>
{
    /// <summary>Creates the type.</summary>
    public CompetitionType()
    {
        Name = "Competition";
        Description = "A time-boxed competition on one game, with its own board.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => Ids.Format(context.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<GameType>>("game").Resolve(context => new GameReference { Id = context.Source.GameId });
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Resolve(context => context.Source.StartsAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Resolve(context => context.Source.EndsAt.UtcDateTime);
        Field<NonNullGraphType<CompetitionStateType>>("state")
            .Resolve(context => context.Source.StateAt(context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
        Field<NonNullGraphType<LeaderboardType>>("leaderboard")
            .Description("The competition's board.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = BoardArguments.DefaultFirst)
            .ResolveAsync(async context =>
            {
                int first = context.GetArgument("first", BoardArguments.DefaultFirst);
                if (first is < 0 or > OffsetCursors.MaxFirst)
                {
                    throw ScoreboardErrors.BadInput("first", $"'first' is between 0 and {OffsetCursors.MaxFirst}, not {first}.");
                }

                return await context.RequestServices!.GetRequiredService<Leaderboards>().ReadPageAsync(
                    new BoardId(context.Source.GameId, BoardPeriod.Competition(context.Source.Id), null), first, null, null, context.CancellationToken)
                    .ConfigureAwait(false);
            });
    }
}
