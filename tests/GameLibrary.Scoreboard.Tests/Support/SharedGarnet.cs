using GameLibrary.Redis;

namespace GameLibrary.Scoreboard.Tests.Support;

/// <summary>One in-memory Garnet for the test run (as the embedded default starts it: Lua on); tests isolate by key prefix.</summary>
public static class SharedGarnet
{
    private static readonly Lazy<EmbeddedGarnetServer> Server = new(() => EmbeddedGarnetServer.Start(new EmbeddedGarnetOptions()));

    public static string Configuration => Server.Value.Configuration;
}
