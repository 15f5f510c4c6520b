using System.Diagnostics;

using GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

namespace GameLibrary.Gateway.ApolloInterop.Tests;

/// <summary>
/// The Node subgraphs on their own, straight over HTTP (no gateway): they are real Apollo Federation 2 subgraphs,
/// the committed supergraph is Apollo's composition of what they serve, and they answer the entity fetches the
/// gateway tests rely on.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class NodeSubgraphContractTests(NodeSupergraph supergraph)
{
    public static TheoryData<string> Subgraphs => new(NodeSupergraph.SubgraphNames);

    [Fact]
    public async Task CommittedSupergraphIsApolloCompositionOfTheSubgraphs()
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = supergraph.SubgraphsDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add("compose.mjs");
        info.ArgumentList.Add("--check");
        using var compose = Process.Start(info)!;
        var output = compose.StandardOutput.ReadToEndAsync();
        var errors = compose.StandardError.ReadToEndAsync();
        await compose.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(compose.ExitCode == 0, $"node compose.mjs --check failed:\n{await output}\n{await errors}");
        Assert.Contains("join/v0.3", supergraph.SupergraphSdl, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Subgraphs))]
    public async Task ServesItsFederation2SchemaAsAnApolloSubgraph(string subgraph)
    {
        var response = await supergraph.QuerySubgraphAsync(subgraph, "{ _service { sdl } }");

        var sdl = response["data"]?["_service"]?["sdl"]?.GetValue<string>();
        Assert.NotNull(sdl);
        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.3\"", sdl, StringComparison.Ordinal);
        Assert.Contains($"@join__graph(name: \"{subgraph}\"", supergraph.SupergraphSdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductsResolvesEitherKey()
    {
        var response = await supergraph.QuerySubgraphAsync(
            "products",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc sku name } } }",
            """{ "r": [ { "__typename": "Product", "sku": "CHR-003" }, { "__typename": "Product", "upc": "1" }, { "__typename": "Product", "upc": "404" } ] }""");

        ResponseAssert.HasData(
            """{ "_entities": [ { "upc": "3", "sku": "CHR-003", "name": "Chair" }, { "upc": "1", "sku": "TBL-001", "name": "Table" }, null ] }""",
            response);
    }

    [Fact]
    public async Task InventoryUsesRequiredFieldsAndFailsUnderEntities()
    {
        var response = await supergraph.QuerySubgraphAsync(
            "inventory",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { shippingEstimate } } }",
            """{ "r": [ { "__typename": "Product", "upc": "1", "price": 899, "weight": 100 }, { "__typename": "Product", "upc": "4", "price": 30, "weight": null } ] }""");

        ResponseAssert.DataEquals("""{ "_entities": [ { "shippingEstimate": 50 }, { "shippingEstimate": null } ] }""", response);
        var error = Assert.Single(ResponseAssert.Errors(response));
        Assert.Equal("""["_entities",1,"shippingEstimate"]""", error["path"]?.ToJsonString());
        Assert.Equal("SHIPPING_UNAVAILABLE", error["extensions"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task InterfaceObjectReferencesResolveOnBothSides()
    {
        const string accountRepresentations = """{ "r": [ { "__typename": "Account", "id": "org-1" }, { "__typename": "Account", "id": "1" } ] }""";

        var inventory = await supergraph.QuerySubgraphAsync(
            "inventory",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id reservedProducts { upc } } } }",
            accountRepresentations);
        var accounts = await supergraph.QuerySubgraphAsync(
            "accounts",
            "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Account { name } } }",
            accountRepresentations);

        ResponseAssert.HasData(
            """{ "_entities": [ { "id": "org-1", "reservedProducts": [ { "upc": "1" }, { "upc": "2" } ] }, { "id": "1", "reservedProducts": [ { "upc": "3" } ] } ] }""",
            inventory);
        ResponseAssert.HasData(
            """{ "_entities": [ { "__typename": "Organization", "name": "Analytical Engines" }, { "__typename": "User", "name": "Ada Lovelace" } ] }""",
            accounts);
    }
}
