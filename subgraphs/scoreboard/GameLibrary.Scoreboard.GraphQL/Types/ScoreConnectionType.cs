using GameLibrary.Scoreboard.Scores;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>ScoreConnection</c> type.</summary>
public sealed class ScoreConnectionType() : ConnectionType<ScoreEdgeType, Score>("ScoreConnection");
