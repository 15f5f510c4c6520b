namespace GameLibrary.Gateway.Tests.Support;

/// <summary>The supergraphs composed from Supergraphs/*.graphql by Supergraphs/compose/compose.mjs.</summary>
public static class TestSupergraphs
{
    /// <summary>products-v1 + reviews: Product has no price.</summary>
    public static string V1 => PathOf("supergraph-v1.graphql");

    /// <summary>products + reviews: Product.price added.</summary>
    public static string V2 => PathOf("supergraph-v2.graphql");

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Supergraphs", name);
}
