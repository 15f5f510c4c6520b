namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>Everything the resolvers of one fixture subgraph share.</summary>
/// <param name="Name">The subgraph name (for messages).</param>
/// <param name="Sdl">The subgraph SDL as written, for <c>_service { sdl }</c>.</param>
/// <param name="Metadata">Keys, requires and root type names read from the SDL.</param>
/// <param name="Data">The fixture data.</param>
/// <param name="Sequence">The scenario's <c>$sequence</c> counter.</param>
internal sealed record FixtureRuntime(string Name, string Sdl, FederationMetadata Metadata, FixtureData Data, FixtureSequence Sequence);
