using GameLibrary.Federation.Conformance.Tests.Fixtures;
using GameLibrary.Federation.Conformance.Tests.Harness;

namespace GameLibrary.Federation.Conformance.Tests;

/// <summary>
/// Every scenario folder is complete and consistent before any gateway runs it: files present, queries well-formed,
/// supergraph composed from exactly these subgraphs, each subgraph SDL executable and its data true to it.
/// </summary>
public sealed class ScenarioCompletenessTests
{
    public static TheoryData<string> Scenarios => ScenarioCatalog.ScenarioCases();

    [Fact]
    public void Scenarios_are_copied_to_the_output_and_numbered_uniquely()
    {
        IReadOnlyList<string> names = ScenarioCatalog.ScenarioNames();

        Assert.NotEmpty(names);
        string[] duplicated = [.. names.GroupBy(name => name[..Math.Min(2, name.Length)]).Where(group => group.Count() > 1).Select(group => string.Join(" and ", group))];
        Assert.True(duplicated.Length == 0, $"Scenario numbers used twice: {string.Join("; ", duplicated)}");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_is_complete(string scenario)
    {
        (Scenario? loaded, IReadOnlyList<string> problems) = ScenarioLoader.Read(Path.Combine(ScenarioCatalog.Root, scenario));
        List<string> all = [.. problems];
        foreach (FixtureSubgraphDefinition subgraph in loaded?.Subgraphs ?? [])
        {
            all.AddRange(SubgraphProblems(subgraph));
        }

        Assert.True(all.Count == 0, $"Scenario {scenario}:{Environment.NewLine}  - {string.Join($"{Environment.NewLine}  - ", all)}");
    }

    private static IEnumerable<string> SubgraphProblems(FixtureSubgraphDefinition subgraph)
    {
        FixtureSchema schema;
        try
        {
            schema = FixtureSchema.Build(subgraph, new FixtureSequence());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return [$"{subgraph.Name}.graphql cannot be served: {exception.Message}"];
        }

        return FixtureDataLinter.Lint(schema).Select(problem => $"{subgraph.Name}.json {problem}");
    }
}
