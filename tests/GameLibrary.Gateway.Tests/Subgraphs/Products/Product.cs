namespace GameLibrary.Gateway.Tests.Subgraphs.Products;

// Settable properties and a parameterless constructor: GraphQL.NET deserializes representations into it.
public sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public double Price { get; set; }
}
