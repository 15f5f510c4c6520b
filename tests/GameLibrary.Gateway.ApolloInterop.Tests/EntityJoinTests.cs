using GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

namespace GameLibrary.Gateway.ApolloInterop.Tests;

/// <summary>Entities joined across Node subgraphs through both of Product's keys (upc for inventory, sku for reviews).</summary>
[Collection(InteropCollection.Name)]
public sealed class EntityJoinTests(NodeSupergraph supergraph) : GatewayTestBase(supergraph)
{
    [Fact]
    public Task RootFieldOfOneSubgraph() => AssertDataAsync(
        "{ topProducts { upc sku name price } }",
        """
        { "topProducts": [
          { "upc": "1", "sku": "TBL-001", "name": "Table", "price": 899 },
          { "upc": "2", "sku": "CCH-002", "name": "Couch", "price": 1299 },
          { "upc": "3", "sku": "CHR-003", "name": "Chair", "price": 54 },
          { "upc": "4", "sku": "LMP-004", "name": "Lamp", "price": 30 } ] }
        """);

    [Fact]
    public Task JoinsInventoryByUpc() => AssertDataAsync(
        "{ topProducts { name inStock } }",
        """
        { "topProducts": [
          { "name": "Table", "inStock": true },
          { "name": "Couch", "inStock": false },
          { "name": "Chair", "inStock": true },
          { "name": "Lamp", "inStock": true } ] }
        """);

    [Fact]
    public Task JoinsReviewsBySku() => AssertDataAsync(
        "{ topProducts(first: 2) { name reviews { body } } }",
        """
        { "topProducts": [
          { "name": "Table", "reviews": [ { "body": "Love it!" }, { "body": "Prefer something else." } ] },
          { "name": "Couch", "reviews": [ { "body": "Too expensive." } ] } ] }
        """);

    [Fact]
    public Task ChainsFromSkuKeyToUpcKey() => AssertDataAsync(
        // reviews knows only the sku; products turns it into the upc that inventory needs.
        "{ topReviews(first: 3) { body product { upc name inStock } } }",
        """
        { "topReviews": [
          { "body": "Love it!", "product": { "upc": "1", "name": "Table", "inStock": true } },
          { "body": "Too expensive.", "product": { "upc": "2", "name": "Couch", "inStock": false } },
          { "body": "Could be better.", "product": { "upc": "3", "name": "Chair", "inStock": true } } ] }
        """);

    [Fact]
    public Task UserAcrossThreeSubgraphs() => AssertDataAsync(
        "{ me { name reviews { body product { name } } } }",
        """
        { "me": { "name": "Ada Lovelace", "reviews": [
          { "body": "Love it!", "product": { "name": "Table" } },
          { "body": "Too expensive.", "product": { "name": "Couch" } } ] } }
        """);

    [Fact]
    public Task RootFieldBySecondKey() => AssertDataAsync(
        "{ productBySku(sku: \"CHR-003\") { upc name inStock reviews { body } } }",
        """
        { "productBySku": { "upc": "3", "name": "Chair", "inStock": true, "reviews": [ { "body": "Could be better." } ] } }
        """);

    [Fact]
    public Task UnknownEntityIsNullWithoutError() => AssertDataAsync(
        "{ product(upc: \"404\") { name inStock } }",
        """{ "product": null }""");
}
