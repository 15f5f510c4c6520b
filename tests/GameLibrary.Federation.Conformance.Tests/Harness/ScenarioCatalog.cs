using System.Collections.Concurrent;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>The scenarios copied next to the test assembly, and the test cases they make.</summary>
public static class ScenarioCatalog
{
    private static readonly ConcurrentDictionary<string, Lazy<Scenario>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The Scenarios folder in the output directory.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Scenarios");

    /// <summary>Every scenario folder name, in order.</summary>
    public static IReadOnlyList<string> ScenarioNames() =>
        Directory.Exists(Root)
            ? [.. Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The scenario, loaded once per test run; throws <see cref="ScenarioFormatException"/> when it is malformed.</summary>
    public static Scenario Load(string name) =>
        Loaded.GetOrAdd(name, key => new Lazy<Scenario>(() => ScenarioLoader.Load(Path.Combine(Root, key)))).Value;

    /// <summary>
    /// One case per (scenario, query), named <c>NN-scenario/query-name</c>. A scenario whose queries cannot be read
    /// still yields one case (<c>NN-scenario/queries.json</c>) so that it fails instead of vanishing from the run.
    /// </summary>
    public static TheoryData<ScenarioCase> QueryCases()
    {
        TheoryData<ScenarioCase> cases = [];
        foreach (string name in ScenarioNames())
        {
            IReadOnlyList<ScenarioQuery> queries;
            try
            {
                queries = Load(name).Queries;
            }
            catch (ScenarioFormatException)
            {
                queries = [];
            }

            if (queries.Count == 0)
            {
                cases.Add(new ScenarioCase(name, "queries.json"));
            }

            foreach (ScenarioQuery query in queries)
            {
                cases.Add(new ScenarioCase(name, query.Name));
            }
        }

        return cases;
    }

    /// <summary>One case per scenario folder.</summary>
    public static TheoryData<string> ScenarioCases() => [.. ScenarioNames()];

    /// <summary>Loads a case's scenario and query (throwing the scenario's format problems).</summary>
    public static (Scenario Scenario, ScenarioQuery Query) Resolve(ScenarioCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        Scenario scenario = Load(testCase.Scenario);
        return (scenario, scenario.Query(testCase.Query));
    }
}
