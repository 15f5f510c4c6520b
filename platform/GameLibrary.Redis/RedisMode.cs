namespace GameLibrary.Redis;

/// <summary>Which Redis-compatible server the application talks to.</summary>
public enum RedisMode
{
    /// <summary>A server named by <c>ConnectionStrings:Redis</c> (production Redis).</summary>
    External,

    /// <summary>An in-process Garnet server, started because no connection string is configured.</summary>
    Embedded,
}
