using GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

namespace GameLibrary.Gateway.ApolloInterop.Tests;

/// <summary>
/// An error a Node subgraph raises inside an <c>_entities</c> fetch (inventory cannot estimate the lamp's shipping:
/// its weight is unknown) comes back at the gateway path of the field, with its extensions, and the rest answers.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class SubgraphErrorTests(NodeSupergraph supergraph) : GatewayTestBase(supergraph)
{
    [Fact]
    public async Task EntityFieldErrorIsRepathedToTheRootListIndex()
    {
        const string query = "{ topProducts { name shippingEstimate } }";
        var response = await Supergraph.ExecuteAsync(query);

        ResponseAssert.DataEquals(
            """
            { "topProducts": [
              { "name": "Table", "shippingEstimate": 50 },
              { "name": "Couch", "shippingEstimate": 0 },
              { "name": "Chair", "shippingEstimate": 25 },
              { "name": "Lamp", "shippingEstimate": null } ] }
            """,
            response);
        AssertLampError(Assert.Single(ResponseAssert.Errors(response)), """["topProducts",3,"shippingEstimate"]""");
        PlanSnapshot.Match(Supergraph.Gateway, query);
    }

    [Fact]
    public async Task EntityFieldErrorIsRepathedThroughNestedEntities()
    {
        // The Table is reviewed twice (one representation for both); the Lamp's review is the fifth.
        const string query = "{ topReviews { id product { name shippingEstimate } } }";
        var response = await Supergraph.ExecuteAsync(query);

        ResponseAssert.DataEquals(
            """
            { "topReviews": [
              { "id": "1", "product": { "name": "Table", "shippingEstimate": 50 } },
              { "id": "2", "product": { "name": "Couch", "shippingEstimate": 0 } },
              { "id": "3", "product": { "name": "Chair", "shippingEstimate": 25 } },
              { "id": "4", "product": { "name": "Table", "shippingEstimate": 50 } },
              { "id": "5", "product": { "name": "Lamp", "shippingEstimate": null } } ] }
            """,
            response);
        AssertLampError(Assert.Single(ResponseAssert.Errors(response)), """["topReviews",4,"product","shippingEstimate"]""");
        PlanSnapshot.Match(Supergraph.Gateway, query);
    }

    private static void AssertLampError(System.Text.Json.Nodes.JsonObject error, string expectedPath)
    {
        Assert.Equal("weight of product 4 is unknown", error["message"]?.GetValue<string>());
        Assert.Equal(expectedPath, error["path"]?.ToJsonString());
        Assert.Equal("SHIPPING_UNAVAILABLE", error["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal("4", error["extensions"]?["upc"]?.GetValue<string>());
    }
}
