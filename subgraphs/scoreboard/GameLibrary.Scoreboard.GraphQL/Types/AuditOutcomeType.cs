using GameLibrary.Scoreboard.Audit;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>AuditOutcome</c> enum.</summary>
public sealed class AuditOutcomeType : EnumerationGraphType<AuditOutcome>
{
    /// <summary>Creates the type.</summary>
    public AuditOutcomeType()
    {
        Name = "AuditOutcome";
        Description = "What became of a submission or review.";
    }
}
