namespace GameLibrary.Federation.Composition;

/// <summary>A subgraph to compose: its name (which becomes its <c>join__Graph</c> value), routing URL and SDL.</summary>
/// <param name="Name">The subgraph's name, as it appears in errors and in <c>@join__graph(name:)</c>.</param>
/// <param name="Url">Where the gateway sends this subgraph's requests.</param>
/// <param name="Sdl">The subgraph schema (Federation 2 with <c>@link</c>, or Federation 1), as printed by <c>_service { sdl }</c>.</param>
public sealed record SubgraphDefinition(string Name, string Url, string Sdl);
