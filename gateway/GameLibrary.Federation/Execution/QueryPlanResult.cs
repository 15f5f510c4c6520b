namespace GameLibrary.Federation.Execution;

/// <summary>The merged data of a plan's fetches and the errors they produced.</summary>
/// <param name="Data">
/// The data (result store, ADR 0017) keyed by the client's response keys; objects at abstract positions carry their concrete
/// <c>__typename</c>; it may hold extra keys (planner aliases, key fields) the writer ignores.
/// </param>
/// <param name="Errors">Subgraph errors re-pathed to gateway paths, and one error per field a failed fetch should have filled.</param>
internal sealed record QueryPlanResult(ResultObject Data, List<GatewayError> Errors);
