namespace GameLibrary.Gateway.Tests.Subgraphs.Reviews;

// Settable properties and a parameterless constructor: GraphQL.NET deserializes representations into it.
public sealed class ProductReference
{
    public int Id { get; set; }
}
