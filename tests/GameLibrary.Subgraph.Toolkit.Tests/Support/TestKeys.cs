namespace GameLibrary.Subgraph.Toolkit.Tests.Support;

public static class TestKeys
{
    public const string SigningKey = "test-signing-key-for-the-subgraph-toolkit-tests";

    public const string OtherSigningKey = "another-key-that-this-subgraph-does-not-trust";
}
