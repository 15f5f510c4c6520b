using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Conformance.Tests.Fixtures;

namespace GameLibrary.Federation.Conformance.Tests;

/// <summary>The fixture engine over HTTP: every data operator, _entities, requires checks, _service, Federation 1 SDL.</summary>
public sealed class FixtureSubgraphTests : IAsyncLifetime
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@shareable"])

        scalar JSON

        enum Color { RED GREEN BLUE }

        input Filter { color: Color = RED, tags: [String!], nested: Inner }

        input Inner { flag: Boolean }

        interface Node { id: ID! }

        type Product implements Node @key(fields: "id") @key(fields: "sku { code region }") {
          id: ID!
          sku: Sku!
          name: String
          color: Color
          weight: Int @external
          shippingCost: Int @requires(fields: "weight")
          meta: JSON
        }

        type Sku @shareable { code: String! region: String! }

        type User @key(fields: "id organization { id }") { id: ID! organization: Org! name: String }

        type Org { id: ID! }

        type Query {
          products: [Product!]!
          topProduct: Product
          node(id: ID!): Node
          search(filter: Filter, limit: Int = 10): String
          failing: String
          sequence: Int
          slow: String
          strict: String!
        }
        """;

    private const string Data = """
        {
          "Query": {
            "products": [ { "$ref": { "__typename": "Product", "id": "p1" } }, { "$ref": { "__typename": "Product", "id": "p2" } } ],
            "topProduct": { "$ref": { "__typename": "Product", "id": "p2" } },
            "node": { "$args": [ { "args": { "id": "p1" }, "value": { "$ref": { "__typename": "Product", "id": "p1" } } } ] },
            "search": { "$echoArgs": true },
            "failing": { "$error": "boom", "code": "BOOM" },
            "sequence": { "$sequence": true },
            "slow": { "$delayMs": 300, "value": "done" }
          },
          "entities": {
            "Product": [
              { "id": "p1", "sku": { "code": "A", "region": "EU" }, "name": "Chair", "color": "RED", "weight": 10, "shippingCost": 25, "meta": { "a": [1, "x"] } },
              { "id": "p2", "sku": { "code": "B", "region": "US" }, "name": "Desk", "weight": 40, "shippingCost": 60 }
            ],
            "User": [
              { "id": "u1", "organization": { "id": "o1" }, "name": "Ada" },
              { "id": "u1", "organization": { "id": "o2" }, "name": "Bob" }
            ]
          }
        }
        """;

    private readonly FixtureSequence _sequence = new();
    private FixtureSubgraph _subgraph = null!;

    public async Task InitializeAsync() => _subgraph = await StartAsync("shop", Sdl, Data, _sequence);

    public async Task DisposeAsync() => await _subgraph.DisposeAsync();

    [Fact]
    public async Task Root_fields_resolve_plain_values_records_and_refs_lazily()
    {
        JsonObject body = await PostOkAsync("{ products { __typename id name color sku { code } meta } topProduct { name color } }");

        AssertJson("""
            {"data":{"products":[
              {"__typename":"Product","id":"p1","name":"Chair","color":"RED","sku":{"code":"A"},"meta":{"a":[1,"x"]}},
              {"__typename":"Product","id":"p2","name":"Desk","color":null,"sku":{"code":"B"},"meta":null}],
             "topProduct":{"name":"Desk","color":null}}}
            """, body);
    }

    [Fact]
    public async Task Args_pick_the_first_matching_entry_with_id_arguments_compared_as_strings()
    {
        JsonObject body = await PostOkAsync("""{ node(id: "p1") { __typename id ... on Product { name } } asInt: node(id: 1) { id } missing: node(id: "zz") { id } }""");

        AssertJson("""{"data":{"node":{"__typename":"Product","id":"p1","name":"Chair"},"asInt":null,"missing":null}}""", body);
    }

    [Fact]
    public async Task Echo_args_prints_the_coerced_arguments_with_defaults_in_definition_order()
    {
        JsonObject body = await PostOkAsync(
            """query ($f: Filter) { plain: search withInput: search(limit: 3, filter: {nested: {flag: true}, tags: "x"}) fromVariable: search(filter: $f) }""",
            new JsonObject { ["f"] = new JsonObject { ["color"] = "BLUE" } });

        AssertJson("""
            {"data":{
              "plain":"{\"limit\":10}",
              "withInput":"{\"filter\":{\"color\":\"RED\",\"tags\":[\"x\"],\"nested\":{\"flag\":true}},\"limit\":3}",
              "fromVariable":"{\"filter\":{\"color\":\"BLUE\"},\"limit\":10}"}}
            """, body);
    }

    [Fact]
    public async Task Error_fails_the_field_with_its_message_code_and_path()
    {
        (HttpStatusCode status, JsonObject body) = await FixtureClient.PostAsync(_subgraph.Url, "{ failing strict products { id } }");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""{"data":null}""", new JsonObject { ["data"] = body["data"]?.DeepClone() });
        JsonArray errors = body["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        JsonNode failing = Assert.Single(errors, error => error!["path"]![0]!.GetValue<string>() == "failing")!;
        Assert.Equal("boom", failing["message"]!.GetValue<string>());
        Assert.Equal("BOOM", failing["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(errors, error => error!["path"]![0]!.GetValue<string>() == "strict");
    }

    [Fact]
    public async Task Sequence_is_shared_by_the_subgraphs_of_a_scenario_until_reset()
    {
        await using FixtureSubgraph other = await StartAsync("other", "type Query { next: Int }", """{ "Query": { "next": { "$sequence": true } } }""", _sequence);

        JsonObject first = await PostOkAsync("{ a: sequence b: sequence }");
        JsonObject second = (await FixtureClient.PostAsync(other.Url, "{ next }")).Body;
        _sequence.Reset();
        JsonObject afterReset = await PostOkAsync("{ sequence }");

        AssertJson("""{"data":{"a":1,"b":2}}""", first);
        AssertJson("""{"data":{"next":3}}""", second);
        AssertJson("""{"data":{"sequence":1}}""", afterReset);
    }

    [Fact]
    public async Task Delay_waits_before_resolving_its_value()
    {
        Stopwatch watch = Stopwatch.StartNew();
        JsonObject body = await PostOkAsync("{ slow }");

        // The fixture delays 300 ms; timers may fire a few milliseconds early against the Stopwatch (seen: 298 ms).
        Assert.True(watch.ElapsedMilliseconds >= 250, $"answered after {watch.ElapsedMilliseconds} ms");
        AssertJson("""{"data":{"slow":"done"}}""", body);
    }

    [Fact]
    public async Task Entities_match_a_representation_by_any_key_including_compound_and_nested_keys()
    {
        JsonObject body = await PostOkAsync(
            """
            query ($representations: [_Any!]!) {
              _entities(representations: $representations) { __typename ... on Product { id name } ... on User { name } }
            }
            """,
            new JsonObject
            {
                ["representations"] = JsonNode.Parse("""
                    [
                      { "__typename": "Product", "id": "p2" },
                      { "__typename": "Product", "sku": { "region": "EU", "code": "A" } },
                      { "__typename": "User", "id": "u1", "organization": { "id": "o2" } },
                      { "__typename": "Product", "id": "p9" },
                      { "__typename": "User", "id": "u1" }
                    ]
                    """),
            });

        AssertJson("""
            {"data":{"_entities":[
              {"__typename":"Product","id":"p2","name":"Desk"},
              {"__typename":"Product","id":"p1","name":"Chair"},
              {"__typename":"User","name":"Bob"},
              null,
              null]}}
            """, body);
    }

    [Fact]
    public async Task Requires_fields_are_checked_against_the_values_the_record_stores()
    {
        (_, JsonObject body) = await FixtureClient.PostAsync(
            _subgraph.Url,
            """
            query ($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Product { shippingCost } }
            }
            """,
            new JsonObject
            {
                ["representations"] = JsonNode.Parse("""
                    [
                      { "__typename": "Product", "id": "p1", "weight": 10 },
                      { "__typename": "Product", "id": "p1", "weight": 11 },
                      { "__typename": "Product", "id": "p2" }
                    ]
                    """),
            });

        AssertJson("""{"_entities":[{"shippingCost":25},{"shippingCost":null},{"shippingCost":null}]}""", body["data"]!.AsObject());
        JsonArray errors = body["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, error => Assert.Equal(FixtureFieldResolver.RequiresMismatchCode, error!["extensions"]!["code"]!.GetValue<string>()));
        Assert.Equal(
            """requires mismatch on Product.shippingCost: expected {"weight":10}, got {"weight":11}""",
            errors.Single(error => error!["path"]![1]!.GetValue<int>() == 1)!["message"]!.GetValue<string>());
        Assert.StartsWith(
            """requires mismatch on Product.shippingCost: expected {"weight":40}, got a representation without""",
            errors.Single(error => error!["path"]![1]!.GetValue<int>() == 2)!["message"]!.GetValue<string>(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requires_is_not_checked_when_the_entity_is_not_reached_through_entities()
    {
        JsonObject body = await PostOkAsync("{ topProduct { shippingCost } }");

        AssertJson("""{"data":{"topProduct":{"shippingCost":60}}}""", body);
    }

    [Fact]
    public async Task Service_returns_the_sdl_file_verbatim()
    {
        JsonObject body = await PostOkAsync("{ _service { sdl } }");

        Assert.Equal(Sdl, body["data"]!["_service"]!["sdl"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_error_is_answered_like_a_subgraph_would_without_data()
    {
        (HttpStatusCode status, JsonObject body) = await FixtureClient.PostAsync(_subgraph.Url, "{ products { nope } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.ContainsKey("data"));
        Assert.NotEmpty(body["errors"]!.AsArray());
    }

    [Fact]
    public async Task Federation_1_sdl_with_extended_types_and_external_keys_is_served()
    {
        const string Fed1Sdl = """
            extend type Query { reviews: [Review] }

            type Review { body: String product: Product }

            extend type Product @key(fields: "upc") {
              upc: String! @external
              reviews: [Review]
            }
            """;
        const string Fed1Data = """
            {
              "Query": { "reviews": [ { "body": "Great", "product": { "upc": "1" } } ] },
              "entities": { "Product": [ { "upc": "1", "reviews": [ { "body": "Great" } ] } ] }
            }
            """;
        await using FixtureSubgraph fed1 = await StartAsync("reviews", Fed1Sdl, Fed1Data, _sequence);

        (_, JsonObject root) = await FixtureClient.PostAsync(fed1.Url, "{ reviews { body product { __typename upc } } }");
        (_, JsonObject entities) = await FixtureClient.PostAsync(
            fed1.Url,
            """{ _entities(representations: [{__typename: "Product", upc: "1"}]) { ... on Product { reviews { body } } } }""");

        AssertJson("""{"data":{"reviews":[{"body":"Great","product":{"__typename":"Product","upc":"1"}}]}}""", root);
        AssertJson("""{"data":{"_entities":[{"reviews":[{"body":"Great"}]}]}}""", entities);
    }

    private static Task<FixtureSubgraph> StartAsync(string name, string sdl, string data, FixtureSequence sequence) =>
        FixtureSubgraph.StartAsync(new FixtureSubgraphDefinition(name, sdl, JsonNode.Parse(data)!.AsObject()), sequence);

    private async Task<JsonObject> PostOkAsync(string query, JsonObject? variables = null)
    {
        (HttpStatusCode status, JsonObject body) = await FixtureClient.PostAsync(_subgraph.Url, query, variables);
        Assert.True(status == HttpStatusCode.OK && !body.ContainsKey("errors"), $"{status}: {body.ToJsonString()}");
        return body;
    }

    private static void AssertJson(string expected, JsonObject actual) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), actual.ToJsonString());
}
