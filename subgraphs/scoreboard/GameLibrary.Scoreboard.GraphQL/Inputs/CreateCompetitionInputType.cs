using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Inputs;

/// <summary>The <c>CreateCompetitionInput</c> input type.</summary>
public sealed class CreateCompetitionInputType : InputObjectGraphType<CreateCompetitionInput>
{
    /// <summary>Creates the type.</summary>
    public CreateCompetitionInputType()
    {
        Name = "CreateCompetitionInput";
        Description = "A competition to create.";
        Field<NonNullGraphType<IdGraphType>>("gameId");
        Field<NonNullGraphType<StringGraphType>>("name").Description("1–200 characters.");
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt");
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Description("After startsAt.");
    }
}
