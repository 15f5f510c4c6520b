namespace GameLibrary.Gateway.Tests.Support;

/// <summary>Every test class that runs a gateway shares one pair of subgraphs.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<SubgraphsFixture>
{
    public const string Name = "gateway";
}
