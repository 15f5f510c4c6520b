using GameLibrary.Scoreboard.Audit;
using GameLibrary.Scoreboard.GraphQL.Support;

using GraphQL.Types;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>AuditRecord</c> type.</summary>
public sealed class AuditRecordType : ObjectGraphType<AuditRecord>
{
    /// <summary>Creates the type.</summary>
    public AuditRecordType()
    {
        Name = "AuditRecord";
        Description = "A submission or review and its outcome.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => Ids.Format(context.Source.Id));
        Field<NonNullGraphType<UserType>>("user").Resolve(context => new UserReference { Id = context.Source.UserId });
        Field<NonNullGraphType<IdGraphType>>("gameId").Resolve(context => Ids.Format(context.Source.GameId));
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(context => (int)Math.Clamp(context.Source.Value, int.MinValue, int.MaxValue));
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Resolve(context => context.Source.IdempotencyKey);
        Field<IdGraphType>("scoreId").Resolve(context => context.Source.ScoreId is { } id ? Ids.Format(id) : null);
        Field<NonNullGraphType<AuditOutcomeType>>("outcome").Resolve(context => context.Source.Outcome);
        Field<StringGraphType>("reason").Resolve(context => context.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("clientAddress").Resolve(context => context.Source.ClientAddress);
        Field<NonNullGraphType<StringGraphType>>("userAgent").Resolve(context => context.Source.UserAgent);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(context => context.Source.At.UtcDateTime);
    }
}
