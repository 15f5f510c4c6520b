using GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

namespace GameLibrary.Gateway.ApolloInterop.Tests;

/// <summary>
/// @requires (inventory's shipping estimate needs price and weight from products) and @provides (reviews serves
/// its authors' usernames itself, but only on Review.author).
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class RequiresProvidesTests(NodeSupergraph supergraph) : GatewayTestBase(supergraph)
{
    [Fact]
    public Task RequiresFetchesPriceAndWeightFirst() => AssertDataAsync(
        // Table: 899 ≤ 1000, so 100 g × 0.5; Couch: 1299 > 1000, free; Chair: 50 g × 0.5.
        "{ topProducts(first: 3) { name shippingEstimate } }",
        """
        { "topProducts": [
          { "name": "Table", "shippingEstimate": 50 },
          { "name": "Couch", "shippingEstimate": 0 },
          { "name": "Chair", "shippingEstimate": 25 } ] }
        """);

    [Fact]
    public Task RequiredFieldsDoNotLeakIntoTheResponse() => AssertDataAsync(
        // price and weight travel to inventory but were not asked for, so they are not in the response.
        "{ productBySku(sku: \"TBL-001\") { shippingEstimate inStock } }",
        """{ "productBySku": { "shippingEstimate": 50, "inStock": true } }""");

    [Fact]
    public Task ProvidesServesUsernameWithoutAccounts() => AssertDataAsync(
        "{ topReviews { id author { username } } }",
        """
        { "topReviews": [
          { "id": "1", "author": { "username": "@ada" } },
          { "id": "2", "author": { "username": "@ada" } },
          { "id": "3", "author": { "username": "@complete" } },
          { "id": "4", "author": { "username": "@grace" } },
          { "id": "5", "author": { "username": "@ewd" } } ] }
        """);

    [Fact]
    public Task SameFieldOffTheProvidesPathComesFromAccounts() => AssertDataAsync(
        "{ topReviews(first: 2) { id likedBy { username } } }",
        """
        { "topReviews": [
          { "id": "1", "likedBy": [ { "username": "@complete" } ] },
          { "id": "2", "likedBy": [ { "username": "@complete" }, { "username": "@grace" } ] } ] }
        """);

    [Fact]
    public Task ProvidedAndOwnedFieldsOfOneEntity() => AssertDataAsync(
        // username is provided by reviews; name only accounts has.
        "{ topReviews(first: 3) { author { username name } } }",
        """
        { "topReviews": [
          { "author": { "username": "@ada", "name": "Ada Lovelace" } },
          { "author": { "username": "@ada", "name": "Ada Lovelace" } },
          { "author": { "username": "@complete", "name": "Alan Turing" } } ] }
        """);

    [Fact]
    public Task ShareableValueTypeFromEitherSubgraph() => AssertDataAsync(
        // ProductDimension and Product.dimensions are @shareable in products and inventory: one fetch serves them.
        "{ topProducts(first: 2) { dimensions { size widthCm depthCm } } topReviews(first: 1) { product { inStock dimensions { size } } } }",
        """
        { "topProducts": [
            { "dimensions": { "size": "large", "widthCm": 160, "depthCm": 90 } },
            { "dimensions": { "size": "large", "widthCm": 220, "depthCm": 95 } } ],
          "topReviews": [ { "product": { "inStock": true, "dimensions": { "size": "large" } } } ] }
        """);
}
