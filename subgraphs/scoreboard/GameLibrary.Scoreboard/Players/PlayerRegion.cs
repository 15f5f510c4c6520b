namespace GameLibrary.Scoreboard.Players;

/// <summary>A player's current region, kept from the users subgraph's events: decides the regional boards.</summary>
public sealed class PlayerRegion
{
    /// <summary>The player.</summary>
    public Guid UserId { get; set; }

    /// <summary>The region.</summary>
    public Region Region { get; set; }
}
