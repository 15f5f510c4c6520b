using System.Runtime.CompilerServices;

namespace GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

/// <summary>Runs operations through the gateway of a <see cref="NodeSupergraph"/> and checks them against hand-worked answers.</summary>
public abstract class GatewayTestBase(NodeSupergraph supergraph)
{
    /// <summary>The subgraphs and the gateway.</summary>
    protected NodeSupergraph Supergraph { get; } = supergraph;

    /// <summary>
    /// Asserts the operation answers exactly <paramref name="expectedData"/> without errors, and snapshots its plan.
    /// </summary>
    protected async Task AssertDataAsync(
        string query,
        string expectedData,
        string? variablesJson = null,
        string? operationName = null,
        [CallerMemberName] string test = "",
        [CallerFilePath] string sourceFile = "")
    {
        var response = await Supergraph.ExecuteAsync(query, variablesJson, operationName);
        ResponseAssert.HasData(expectedData, response);
        PlanSnapshot.Match(Supergraph.Gateway, query, operationName, test, sourceFile);
    }
}
