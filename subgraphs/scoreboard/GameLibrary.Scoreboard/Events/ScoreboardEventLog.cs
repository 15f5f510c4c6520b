namespace GameLibrary.Scoreboard.Events;

/// <summary>The event log the scoreboard publishes on, and the name it reads other logs under.</summary>
public static class ScoreboardEventLog
{
    /// <summary>The log's name.</summary>
    public const string Name = "scoreboard";

    /// <summary>The consumer name the scoreboard reads the catalog and users logs under.</summary>
    public const string ConsumerName = "scoreboard";
}
