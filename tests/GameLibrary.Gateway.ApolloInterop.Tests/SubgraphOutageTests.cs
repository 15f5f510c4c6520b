using System.Text.Json.Nodes;

using GameLibrary.Federation;
using GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

namespace GameLibrary.Gateway.ApolloInterop.Tests;

/// <summary>
/// A Node subgraph killed mid-suite: its fields fail with SUBREQUEST_HTTP_ERROR while the rest of the data still
/// answers, and once it is back at the same URL the gateway serves it again without a reload. These tests own
/// their fixture instance, so the other tests never see a subgraph down.
/// </summary>
public sealed class SubgraphOutageTests(NodeSupergraph supergraph) : GatewayTestBase(supergraph), IClassFixture<NodeSupergraph>
{
    [Fact]
    public async Task KilledEntitySubgraphFailsOnlyItsFields()
    {
        const string query = "{ topProducts(first: 2) { name inStock } topReviews(first: 1) { body } }";

        await Supergraph.KillAsync("inventory");
        try
        {
            var response = await Supergraph.ExecuteAsync(query);
            ResponseAssert.DataEquals(
                """
                { "topProducts": [ { "name": "Table", "inStock": null }, { "name": "Couch", "inStock": null } ],
                  "topReviews": [ { "body": "Love it!" } ] }
                """,
                response);
            AssertSubrequestErrors(response, "topProducts");
        }
        finally
        {
            await Supergraph.RestartAsync("inventory");
        }

        await AssertDataAsync(
            query,
            """
            { "topProducts": [ { "name": "Table", "inStock": true }, { "name": "Couch", "inStock": false } ],
              "topReviews": [ { "body": "Love it!" } ] }
            """);
    }

    [Fact]
    public async Task KilledRootSubgraphFailsOnlyItsRootField()
    {
        const string query = "{ topProducts { name } me { name } }";

        await Supergraph.KillAsync("products");
        try
        {
            var response = await Supergraph.ExecuteAsync(query);
            ResponseAssert.DataEquals("""{ "topProducts": null, "me": { "name": "Ada Lovelace" } }""", response);
            AssertSubrequestErrors(response, "topProducts");
        }
        finally
        {
            await Supergraph.RestartAsync("products");
        }

        await AssertDataAsync(
            query,
            """
            { "topProducts": [ { "name": "Table" }, { "name": "Couch" }, { "name": "Chair" }, { "name": "Lamp" } ],
              "me": { "name": "Ada Lovelace" } }
            """);
    }

    private static void AssertSubrequestErrors(JsonObject response, string failedRootField) =>
        Assert.All(ResponseAssert.Errors(response), error =>
        {
            Assert.Equal(ErrorCodes.SubrequestHttpError, error["extensions"]?["code"]?.GetValue<string>());

            // Where the gateway gives a path, it points into the field the dead subgraph served.
            if (error["path"] is JsonArray path)
            {
                Assert.Equal(failedRootField, path[0]?.GetValue<string>());
            }
        });
}
