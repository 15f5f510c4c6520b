using GameLibrary.Scoreboard.GraphQL.Support;
using GameLibrary.Scoreboard.Scores;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>Score</c> type: a stored submission.</summary>
public sealed class ScoreType : ObjectGraphType<Score>
{
    /// <summary>Creates the type.</summary>
    public ScoreType()
    {
        Name = "Score";
        Description = "A stored submission.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => Ids.Format(context.Source.Id));
        Field<NonNullGraphType<UserType>>("user").Resolve(context => new UserReference { Id = context.Source.UserId });
        Field<NonNullGraphType<GameType>>("game").Resolve(context => new GameReference { Id = context.Source.GameId });
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(context => (int)context.Source.Value);
        Field<NonNullGraphType<ScoreStatusType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<DateTimeGraphType>>("playedAt").Resolve(context => context.Source.PlayedAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Resolve(context => context.Source.SubmittedAt.UtcDateTime);
        Field<IdGraphType>("competitionId").Resolve(context => context.Source.CompetitionId is { } id ? Ids.Format(id) : null);
        Field<StringGraphType>("flagReason").Description("Why an anti-cheat rule flagged it.").Resolve(context => context.Source.FlagReason);
    }
}
