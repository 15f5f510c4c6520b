using GameLibrary.Scoreboard.Audit;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>AuditRecordConnection</c> type.</summary>
public sealed class AuditRecordConnectionType() : ConnectionType<AuditRecordEdgeType, AuditRecord>("AuditRecordConnection");
