using GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

namespace GameLibrary.Gateway.ApolloInterop.Tests;

/// <summary>
/// A union whose members other subgraphs own (Favorite = Product | Review, declared in accounts), and the Account
/// entity interface that inventory extends with @interfaceObject without knowing its implementations.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class AbstractTypeTests(NodeSupergraph supergraph) : GatewayTestBase(supergraph)
{
    [Fact]
    public Task UnionMembersResolvedInTheirOwnSubgraphs() => AssertDataAsync(
        """
        {
          me {
            favorites {
              __typename
              ... on Product { name inStock }
              ... on Review { body author { username } }
            }
          }
        }
        """,
        """
        { "me": { "favorites": [
          { "__typename": "Product", "name": "Couch", "inStock": false },
          { "__typename": "Review", "body": "Could be better.", "author": { "username": "@complete" } } ] } }
        """);

    [Fact]
    public Task InterfaceObjectFieldOnEveryImplementation() => AssertDataAsync(
        """
        {
          accounts {
            __typename
            id
            name
            reservedProducts { name }
            ... on User { username }
            ... on Organization { members { username } }
          }
        }
        """,
        """
        { "accounts": [
          { "__typename": "User", "id": "1", "name": "Ada Lovelace", "reservedProducts": [ { "name": "Chair" } ], "username": "@ada" },
          { "__typename": "User", "id": "2", "name": "Alan Turing", "reservedProducts": [], "username": "@complete" },
          { "__typename": "User", "id": "3", "name": "Grace Hopper", "reservedProducts": [], "username": "@grace" },
          { "__typename": "User", "id": "4", "name": "Edsger Dijkstra", "reservedProducts": [ { "name": "Lamp" } ], "username": "@ewd" },
          { "__typename": "Organization", "id": "org-1", "name": "Analytical Engines",
            "reservedProducts": [ { "name": "Table" }, { "name": "Couch" } ],
            "members": [ { "username": "@ada" }, { "username": "@complete" } ] } ] }
        """);

    [Fact]
    public Task InterfaceObjectFieldUnderATypeCondition() => AssertDataAsync(
        // Inventory only knows "Account": the concrete type, which decides the condition, comes from accounts.
        "{ accounts { ... on Organization { name reservedProducts { sku inStock } } } }",
        """
        { "accounts": [ {}, {}, {}, {},
          { "name": "Analytical Engines", "reservedProducts": [ { "sku": "TBL-001", "inStock": true }, { "sku": "CCH-002", "inStock": false } ] } ] }
        """);

    [Fact]
    public Task InterfaceObjectFieldOnAConcreteRootField() => AssertDataAsync(
        "{ user(id: \"1\") { username reservedProducts { name shippingEstimate } } }",
        """{ "user": { "username": "@ada", "reservedProducts": [ { "name": "Chair", "shippingEstimate": 25 } ] } }""");
}
