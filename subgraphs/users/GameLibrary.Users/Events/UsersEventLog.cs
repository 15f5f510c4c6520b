namespace GameLibrary.Users.Events;

/// <summary>The event log the users subgraph publishes on.</summary>
public static class UsersEventLog
{
    /// <summary>The log's name.</summary>
    public const string Name = "users";

    /// <summary>The consumer name the users subgraph reads other logs under.</summary>
    public const string ConsumerName = "users";
}
