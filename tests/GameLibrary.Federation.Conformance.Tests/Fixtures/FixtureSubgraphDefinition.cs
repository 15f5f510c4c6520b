using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>What a fixture subgraph is made of: its SDL file and its data file.</summary>
/// <param name="Name">The subgraph name (the SDL file name without <c>.graphql</c>).</param>
/// <param name="Sdl">The subgraph SDL, served verbatim by <c>_service { sdl }</c>.</param>
/// <param name="Data">The fixture data (see the suite's README for the format).</param>
public sealed record FixtureSubgraphDefinition(string Name, string Sdl, JsonObject Data);
