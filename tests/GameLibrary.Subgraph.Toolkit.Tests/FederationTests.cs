using GameLibrary.Subgraph.Toolkit.Tests.Sample;
using GameLibrary.Subgraph.Toolkit.Tests.Support;

using GameLibrary.Testing;
using Microsoft.Extensions.DependencyInjection;

using Snapshooter.Xunit;

namespace GameLibrary.Subgraph.Toolkit.Tests;

public sealed class FederationTests
{
    private const string EntitiesQuery = """
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Product { id name price }
          }
        }
        """;

    [Fact]
    public async Task Service_sdl_is_a_federation_2_subgraph_schema()
    {
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync();

        GraphQLResponse response = await subgraph.PostAsync("{ _service { sdl } }");

        string sdl = response.Data!["_service"]!["sdl"]!.GetValue<string>();
        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [", sdl, StringComparison.Ordinal);
        Assert.Contains("type Product @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Snapshot.Match(sdl);
    }

    [Fact]
    public async Task Entities_of_one_type_are_fetched_in_one_batch_of_distinct_ids_in_request_order()
    {
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync();
        int[] ids = [3, 1, 7, 3, 9, 2, 1, 5, 10, 4, 6, 8, 2, 7, 3, 1, 9, 5, 6, 10];

        GraphQLResponse response = await subgraph.PostAsync(EntitiesQuery, new
        {
            representations = ids.Select(id => new Dictionary<string, object> { ["__typename"] = "Product", ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        });

        Assert.Empty(response.Errors);
        IReadOnlyList<IReadOnlyList<int>> fetches = subgraph.Services.GetRequiredService<ProductLoaderLog>().Fetches;
        IReadOnlyList<int> fetch = Assert.Single(fetches);
        Assert.Equal(ids.Distinct(), fetch);
        Assert.Equal(ids.Select(id => $"Product {id}"), response.Data!["_entities"]!.AsArray().Select(entity => entity!["name"]!.GetValue<string>()));
        Snapshot.Match(response.Pretty);
    }

    [Fact]
    public async Task An_unknown_entity_resolves_to_null_in_its_position()
    {
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync();

        GraphQLResponse response = await subgraph.PostAsync(EntitiesQuery, new
        {
            representations = new[]
            {
                new { __typename = "Product", id = "2" },
                new { __typename = "Product", id = "404" },
                new { __typename = "Product", id = "1" },
            },
        });

        Assert.Empty(response.Errors);
        Assert.Equal(
            """[{"__typename":"Product","id":"2","name":"Product 2","price":20},null,{"__typename":"Product","id":"1","name":"Product 1","price":10}]""",
            response.Data!["_entities"]!.ToJsonString());
        Assert.Equal([2, 404, 1], Assert.Single(subgraph.Services.GetRequiredService<ProductLoaderLog>().Fetches));
    }

    [Fact]
    public async Task Entity_references_from_a_list_share_one_fetch()
    {
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync();
        ProductCatalog catalog = subgraph.Services.GetRequiredService<ProductCatalog>();
        catalog.AddReview(4, "great");
        catalog.AddReview(2, "fine");
        catalog.AddReview(4, "again");

        GraphQLResponse response = await subgraph.PostAsync("{ reviews { body product { name } } }");

        Assert.Equal(
            """[{"body":"great","product":{"name":"Product 4"}},{"body":"fine","product":{"name":"Product 2"}},{"body":"again","product":{"name":"Product 4"}}]""",
            response.Data!["reviews"]!.ToJsonString());
        Assert.Equal([4, 2], Assert.Single(subgraph.Services.GetRequiredService<ProductLoaderLog>().Fetches));
    }
}
