using GameLibrary.Scoreboard.Audit;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>AuditRecordEdge</c> type.</summary>
public sealed class AuditRecordEdgeType() : EdgeType<AuditRecordType, AuditRecord>("AuditRecordEdge");
