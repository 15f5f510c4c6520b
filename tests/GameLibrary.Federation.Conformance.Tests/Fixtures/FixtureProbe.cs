namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>The fixture engine's checks, opened to the probe tool (<c>probe/probe.cs</c>) that queries one subgraph directly.</summary>
public static class FixtureProbe
{
    /// <summary>The problems of a subgraph's data file against its SDL; throws when the SDL cannot be served.</summary>
    public static IReadOnlyList<string> Lint(FixtureSubgraphDefinition definition) =>
        FixtureDataLinter.Lint(FixtureSchema.Build(definition, new FixtureSequence()));
}
