namespace GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

/// <summary>The test classes that share one set of Node subgraphs and one gateway.</summary>
[CollectionDefinition(Name)]
public sealed class InteropCollection : ICollectionFixture<NodeSupergraph>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Node subgraphs behind the gateway";
}
