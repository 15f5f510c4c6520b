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

    /// <summary>The POST body, serialised once.</summary>
    public byte[] Body() => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["query"] = Query });
}
