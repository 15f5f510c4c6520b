using System.Collections.Concurrent;

using GameLibrary.Federation.Composition;
using GameLibrary.Federation.Conformance.Tests.Harness;

namespace GameLibrary.Federation.Conformance.Tests;

/// <summary>
/// The cross-check of our composer against the off-the-shelf one (issue #6): for every scenario, the supergraph
/// <see cref="SupergraphComposer"/> makes of the scenario's subgraph SDLs must execute every query exactly as the
/// committed supergraph (composed by @theguild/federation-composition) is expected to. Cases are named
/// <c>NN-scenario/query-name</c>, as in <see cref="ConformanceTests"/>.
/// </summary>
[TestCaseOrderer(CaseNameOrderer.TypeName, CaseNameOrderer.AssemblyName)]
public sealed class ComposerCrossCheckTests(ScenarioHostCache hosts) : IClassFixture<ScenarioHostCache>
{
    private static readonly ConcurrentDictionary<string, CompositionResult> Composed = new(StringComparer.Ordinal);

    public static TheoryData<ScenarioCase> Queries => ScenarioCatalog.QueryCases();

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query(ScenarioCase testCase)
    {
        (Scenario scenario, ScenarioQuery query) = ScenarioCatalog.Resolve(testCase);
        CompositionResult result = Compose(scenario);
        Assert.True(
            result.Succeeded,
            $"{scenario.Name}: our composer refuses what The Guild's composes:\n{string.Join("\n", result.Errors)}");

        ScenarioHost host = await hosts.HostAsync(scenario);
        await ScenarioRunner.RunAsync(host, query, result.Supergraph!);
    }

    /// <summary>Composes the scenario once per run, with the subgraph URLs the committed supergraph was composed with.</summary>
    private static CompositionResult Compose(Scenario scenario) => Composed.GetOrAdd(scenario.Name, _ => SupergraphComposer.Compose(
        [.. scenario.Subgraphs.Select(subgraph => new SubgraphDefinition(subgraph.Name, $"http://{subgraph.Name}.invalid/graphql", subgraph.Sdl))]));
}
