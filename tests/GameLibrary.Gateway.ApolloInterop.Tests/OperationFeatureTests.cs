using GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

namespace GameLibrary.Gateway.ApolloInterop.Tests;

/// <summary>Variables, @include, fragments, aliases and __typename over fields that several Node subgraphs serve.</summary>
[Collection(InteropCollection.Name)]
public sealed class OperationFeatureTests(NodeSupergraph supergraph) : GatewayTestBase(supergraph)
{
    private const string ProductByUpc = """
        query ProductByUpc($upc: String!, $withReviews: Boolean!) {
          product(upc: $upc) {
            name
            reviews @include(if: $withReviews) { body }
            inStock
          }
        }
        """;

    [Fact]
    public Task VariablesIncludeAnEntityField() => AssertDataAsync(
        ProductByUpc,
        """{ "product": { "name": "Chair", "reviews": [ { "body": "Could be better." } ], "inStock": true } }""",
        variablesJson: """{ "upc": "3", "withReviews": true }""",
        operationName: "ProductByUpc");

    [Fact]
    public Task VariablesExcludeAnEntityField() => AssertDataAsync(
        ProductByUpc,
        """{ "product": { "name": "Couch", "inStock": false } }""",
        variablesJson: """{ "upc": "2", "withReviews": false }""",
        operationName: "ProductByUpc");

    [Fact]
    public Task NamedFragmentsSpanningSubgraphs() => AssertDataAsync(
        """
        query {
          topProducts(first: 2) { ...ProductCard }
          topReviews(first: 1) { product { ...ProductCard } }
        }
        fragment ProductCard on Product { name ...Stock }
        fragment Stock on Product { inStock shippingEstimate }
        """,
        """
        { "topProducts": [
            { "name": "Table", "inStock": true, "shippingEstimate": 50 },
            { "name": "Couch", "inStock": false, "shippingEstimate": 0 } ],
          "topReviews": [ { "product": { "name": "Table", "inStock": true, "shippingEstimate": 50 } } ] }
        """);

    [Fact]
    public Task AliasesOnRootAndEntityFields() => AssertDataAsync(
        """
        {
          table: product(upc: "1") { title: name stock: inStock ship: shippingEstimate }
          chair: productBySku(sku: "CHR-003") { title: name stock: inStock opinions: reviews { text: body } }
        }
        """,
        """
        { "table": { "title": "Table", "stock": true, "ship": 50 },
          "chair": { "title": "Chair", "stock": true, "opinions": [ { "text": "Could be better." } ] } }
        """);

    [Fact]
    public Task AliasesOfOneFieldWithDifferentArguments() => AssertDataAsync(
        "{ one: topProducts(first: 1) { name } two: topProducts(first: 2) { upc inStock } }",
        """
        { "one": [ { "name": "Table" } ],
          "two": [ { "upc": "1", "inStock": true }, { "upc": "2", "inStock": false } ] }
        """);

    [Fact]
    public Task TypenameAtEveryLevel() => AssertDataAsync(
        "{ __typename me { __typename id } topReviews(first: 1) { __typename product { __typename upc } author { __typename } } }",
        """
        { "__typename": "Query",
          "me": { "__typename": "User", "id": "1" },
          "topReviews": [ { "__typename": "Review", "product": { "__typename": "Product", "upc": "1" }, "author": { "__typename": "User" } } ] }
        """);
}
