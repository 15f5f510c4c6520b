namespace GameLibrary.Gateway.Tests.Support;

public static class TestKeys
{
    /// <summary>The JWT signing key the test subgraphs trust.</summary>
    public const string SigningKey = "test-signing-key-for-the-gateway-host-tests";
}
