using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Inputs;

/// <summary>The <c>SubmitScoreInput</c> input type.</summary>
public sealed class SubmitScoreInputType : InputObjectGraphType<SubmitScoreInput>
{
    /// <summary>Creates the type.</summary>
    public SubmitScoreInputType()
    {
        Name = "SubmitScoreInput";
        Description = "A score to submit for the signed-in player.";
        Field<NonNullGraphType<IdGraphType>>("gameId");
        Field<NonNullGraphType<IntGraphType>>("score").Description("The points, 0 or more.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .Description("8–64 characters of A–Z, a–z, 0–9, '_' and '-'; a retry with the same key returns the first answer.");
        Field<DateTimeGraphType>("playedAt").Description("When it was played: at most 30 s ahead and 24 h ago; now when omitted.");
        Field<IdGraphType>("competitionId").Description("An open competition on the game to submit to as well.");
    }
}
