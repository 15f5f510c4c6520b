using System.Text.Json.Nodes;

using GameLibrary.Federation.Conformance.Tests.Harness;
using GameLibrary.Testing;

namespace GameLibrary.Federation.Conformance.Tests;

public sealed class ScenarioLoaderTests : IDisposable
{
    private const string Supergraph = """
        enum join__Graph {
          ALPHA @join__graph(name: "alpha", url: "http://alpha.invalid/graphql")
          BETA @join__graph(name: "beta", url: "http://beta.invalid/graphql")
        }
        """;

    private readonly TempDirectory _root = new();
    private readonly string _scenario;

    public ScenarioLoaderTests()
    {
        _scenario = Path.Combine(_root.Path, "99-sample");
        Directory.CreateDirectory(_scenario);
        Write("scenario.md", "A sample.");
        Write("alpha.graphql", "type Query { a: Int }");
        Write("alpha.json", """{ "Query": { "a": 1 } }""");
        Write("beta.graphql", "type Query { b: Int }");
        Write("beta.json", "{}");
        Write("supergraph.graphql", Supergraph);
        Write("queries.json", Queries(
            """{ "name": "one", "query": "{ a }", "expected": { "data": { "a": 1 } } }""",
            """{ "name": "two", "query": "{ b }", "down": ["beta"], "expected": { "data": { "b": null }, "errors": [ { "path": ["b"] } ] } }""",
            """{ "name": "three", "query": "query Q($x: Int) { a }", "operationName": "Q", "variables": { "x": 1 }, "expected": { "data": { "a": 1 } } }""",
            """{ "name": "four", "query": "{", "expected": { "errors": [ { "code": "GRAPHQL_PARSE_FAILED" } ] } }"""));
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void A_complete_scenario_loads_with_its_subgraphs_and_queries()
    {
        Scenario scenario = ScenarioLoader.Load(_scenario);

        Assert.Equal("99-sample", scenario.Name);
        Assert.Equal(["alpha", "beta"], scenario.Subgraphs.Select(subgraph => subgraph.Name));
        Assert.Equal(["one", "two", "three", "four"], scenario.Queries.Select(query => query.Name));
        ScenarioQuery two = scenario.Query("two");
        Assert.Equal(["beta"], two.Down);
        Assert.True(two.Expected.HasData);
        Assert.Equal("""{"path":["b"]}""", Assert.Single(two.Expected.Errors).ToJsonString());
        Assert.False(scenario.Query("four").Expected.HasData);
        Assert.Equal("Q", scenario.Query("three").OperationName);
        Assert.Equal("""{"x":1}""", scenario.Query("three").Variables!.ToJsonString());
    }

    [Fact]
    public void Every_problem_of_a_half_written_scenario_is_listed()
    {
        File.Delete(Path.Combine(_scenario, "beta.json"));
        Write("gamma.graphql", "type Query { c: Int }");
        Write("gamma.json", "{}");
        Write("stray.json", "{}");
        Write("queries.json", Queries(
            """{ "name": "one", "query": "{ a }", "varaibles": {}, "expected": { "data": { "a": 1 } } }""",
            """{ "name": "one", "query": "{ a }", "expected": { "data": { "a": 1 } } }""",
            """{ "name": "Bad Name", "query": "", "down": ["delta"], "expected": {} }"""));

        ScenarioFormatException exception = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Load(_scenario));

        Assert.Equal(
            [
                "beta.json is missing (the data of subgraph beta)",
                "stray.json belongs to no subgraph SDL",
                "supergraph.graphql was composed from [alpha, beta] but the subgraphs are [alpha, gamma]: recompose",
                "queries.json[0].varaibles: unknown member (allowed: name, query, operationName, variables, down, expected)",
                "queries.json[1]: the name one is used twice",
                "queries.json[2].name: a kebab-case name is required",
                "queries.json[2].query: a GraphQL document is required",
                """queries.json[2].down: "delta" is not a subgraph of the scenario""",
                "queries.json[2].expected: without data a response has errors; give at least one",
                "queries.json has 3 queries; a scenario has at least 4",
            ],
            exception.Problems);
    }

    [Fact]
    public void A_scenario_without_its_files_says_what_is_missing()
    {
        foreach (string file in Directory.GetFiles(_scenario))
        {
            File.Delete(file);
        }

        ScenarioFormatException exception = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Load(_scenario));

        Assert.Equal(
            [
                "scenario.md is missing or empty",
                "a scenario needs at least two subgraph SDL files, found 0",
                "supergraph.graphql is missing: compose the scenario (see the README)",
                "queries.json is missing",
            ],
            exception.Problems);
    }

    private void Write(string file, string content) => File.WriteAllText(Path.Combine(_scenario, file), content);

    private static string Queries(params string[] entries) =>
        new JsonArray([.. entries.Select(entry => JsonNode.Parse(entry))]).ToJsonString();
}
