namespace GameLibrary.Gateway.Tests.Composition.Stock;

// Settable properties and a parameterless constructor: GraphQL.NET deserializes representations into it.
public sealed class StockItem
{
    public int Id { get; set; }
}
