namespace GameLibrary.Users.Library;

/// <summary>A game in a player's library.</summary>
public sealed class LibraryEntry
{
    /// <summary>The owner's user id.</summary>
    public Guid UserId { get; set; }

    /// <summary>The catalog's game id.</summary>
    public long GameId { get; set; }

    /// <summary>Where the game stands.</summary>
    public LibraryStatus Status { get; set; }

    /// <summary>When the game was added (UTC).</summary>
    public DateTimeOffset AddedAt { get; set; }

    /// <summary>When the entry last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
