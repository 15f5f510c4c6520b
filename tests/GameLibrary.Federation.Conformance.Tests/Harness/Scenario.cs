using GameLibrary.Federation.Conformance.Tests.Fixtures;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>One scenario folder, loaded.</summary>
/// <param name="Name">The folder name, <c>NN-kebab-name</c>.</param>
/// <param name="Directory">The folder's full path.</param>
/// <param name="Subgraphs">The subgraphs, by file name order.</param>
/// <param name="SupergraphSdl">The committed supergraph composed from the subgraphs.</param>
/// <param name="Queries">The queries with their expected responses, in file order.</param>
public sealed record Scenario(
    string Name,
    string Directory,
    IReadOnlyList<FixtureSubgraphDefinition> Subgraphs,
    string SupergraphSdl,
    IReadOnlyList<ScenarioQuery> Queries)
{
    /// <summary>The query named <paramref name="name"/>.</summary>
    public ScenarioQuery Query(string name) =>
        Queries.SingleOrDefault(query => query.Name == name)
        ?? throw new InvalidOperationException($"Scenario {Name} has no query named {name}.");
}
