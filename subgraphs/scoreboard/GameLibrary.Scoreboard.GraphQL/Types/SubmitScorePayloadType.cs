using GameLibrary.Scoreboard.Scores;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>SubmitScorePayload</c> type.</summary>
public sealed class SubmitScorePayloadType : ObjectGraphType<SubmissionResult>
{
    /// <summary>Creates the type.</summary>
    public SubmitScorePayloadType()
    {
        Name = "SubmitScorePayload";
        Description = "The stored score (the first one for a retried key), its status, and the player's rank.";
        Field<NonNullGraphType<ScoreType>>("score").Resolve(context => context.Source.Score);
        Field<NonNullGraphType<ScoreStatusType>>("status").Resolve(context => context.Source.Score.Status);
        Field<IntGraphType>("rank")
            .Description("The player's rank on the game's all-time board; null unless the score is ACCEPTED.")
            .Resolve(context => (int?)context.Source.Rank);
        Field<NonNullGraphType<BooleanGraphType>>("duplicate")
            .Description("Whether this was a retry of a stored submission (nothing changed).")
            .Resolve(context => context.Source.Duplicate);
    }
}
