using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>One entry of a scenario's <c>queries.json</c>.</summary>
/// <param name="Name">The query's kebab-case name, unique in its scenario.</param>
/// <param name="Query">The GraphQL document.</param>
/// <param name="OperationName">The operation to run, if given.</param>
/// <param name="Variables">The variables object, if given.</param>
/// <param name="Down">Subgraphs that are unreachable for this query.</param>
/// <param name="Expected">The expected response.</param>
public sealed record ScenarioQuery(
    string Name,
    string Query,
    string? OperationName,
    JsonObject? Variables,
    IReadOnlyList<string> Down,
    ExpectedResponse Expected);
