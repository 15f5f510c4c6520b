using GameLibrary.Scoreboard.Scores;

namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>The <c>ScoreEdge</c> type.</summary>
public sealed class ScoreEdgeType() : EdgeType<ScoreType, Score>("ScoreEdge");
