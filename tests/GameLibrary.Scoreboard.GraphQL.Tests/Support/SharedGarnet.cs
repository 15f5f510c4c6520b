using GameLibrary.Redis;

namespace GameLibrary.Scoreboard.GraphQL.Tests.Support;

/// <summary>One in-memory Garnet (Lua on, like the embedded default) that two hosts share, as replicas share Redis.</summary>
public static class SharedGarnet
{
    private static readonly Lazy<EmbeddedGarnetServer> Server = new(() => EmbeddedGarnetServer.Start(new EmbeddedGarnetOptions()));

    public static string Configuration => Server.Value.Configuration;
}
