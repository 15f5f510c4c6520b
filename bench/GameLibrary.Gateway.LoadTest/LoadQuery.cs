using System.Text.Json;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>One query the harness sends to both gateways.</summary>
/// <param name="Name">Its name in the table.</param>
/// <param name="Query">The GraphQL document.</param>
internal sealed record LoadQuery(string Name, string Query)
{
    /// <summary>The three shapes measured: one subgraph, joins across three, and @requires.</summary>
    public static IReadOnlyList<LoadQuery> All { get; } =
    [
        new("root only (products)", "{ topProducts { upc name price weight } }"),
        new("entity joins (reviews → accounts, products)", "{ topReviews { body author { name } product { name price } } }"),
        new("@requires (products → inventory)", "{ topProducts(first: 3) { upc name shippingEstimate } }"),
    ];

    /// <summary>
    /// The deep query of the public federation-gateway benchmark (graphql-hive/graphql-gateways-benchmark), on its
    /// four subgraphs (<see cref="Workload.Benchmark"/>).
    /// </summary>
    public static LoadQuery Deep { get; } = new(
        "deep (users and topProducts: reviews → product → reviews → author → reviews → product)",
        """
        fragment User on User { id username name }
        fragment Review on Review { id body }
        fragment Product on Product { inStock name price shippingEstimate upc weight }
        query TestQuery {
          users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
          topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
        }
        """);

    /// <summary>The POST body, serialised once.</summary>
    public byte[] Body() => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["query"] = Query });
}
