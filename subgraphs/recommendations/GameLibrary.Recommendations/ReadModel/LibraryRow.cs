namespace GameLibrary.Recommendations.ReadModel;

/// <summary>A game in a player's library.</summary>
public sealed class LibraryRow
{
    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The game.</summary>
    public long GameId { get; set; }

    /// <summary>The status in upper case, e.g. <c>PLAYING</c>.</summary>
    public string Status { get; set; } = "";

    /// <summary>When the game was added (the event's time); a status change keeps it.</summary>
    public DateTimeOffset AddedAt { get; set; }
}
