using GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

namespace GameLibrary.Gateway.ApolloInterop.Tests;

/// <summary>
/// Mutations on accounts whose results are completed with entity fields of reviews and inventory. User 4 is these
/// tests' own: each operation ends by restoring the name it changed.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class MutationTests(NodeSupergraph supergraph) : GatewayTestBase(supergraph)
{
    [Fact]
    public async Task MutationsRunInOrderAndTheirResultsJoinOtherSubgraphs()
    {
        await AssertDataAsync(
            """
            mutation Rename($id: ID!) {
              renamed: updateName(id: $id, name: "E. W. Dijkstra") {
                id
                name
                username
                reviews { body }
                reservedProducts { name inStock }
              }
              restored: updateName(id: $id, name: "Edsger Dijkstra") { name }
            }
            """,
            """
            { "renamed": { "id": "4", "name": "E. W. Dijkstra", "username": "@ewd",
                "reviews": [ { "body": "Bright enough." } ],
                "reservedProducts": [ { "name": "Lamp", "inStock": true } ] },
              "restored": { "name": "Edsger Dijkstra" } }
            """,
            variablesJson: """{ "id": "4" }""",
            operationName: "Rename");

        // Run the other way round, the two renames would have left "E. W. Dijkstra" behind.
        ResponseAssert.HasData(
            """{ "user": { "name": "Edsger Dijkstra" } }""",
            await Supergraph.ExecuteAsync("{ user(id: \"4\") { name } }"));
    }

    [Fact]
    public Task MutationReturningNullNeedsNoEntityFetch() => AssertDataAsync(
        "mutation { updateName(id: \"404\", name: \"Nobody\") { name reviews { body } } }",
        """{ "updateName": null }""");
}
