namespace GameLibrary.Federation.Planning;

/// <summary>The planner cannot plan the operation against the supergraph (a supergraph or planner limitation, not a client error).</summary>
internal sealed class QueryPlanningException(string message) : Exception(message);
