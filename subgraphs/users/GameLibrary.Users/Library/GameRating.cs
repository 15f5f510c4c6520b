namespace GameLibrary.Users.Library;

/// <summary>
/// A player's rating of a game, 1–10. Kept apart from <see cref="LibraryEntry"/> so a game can be rated without
/// being in the library, and removing it from the library keeps the rating.
/// </summary>
public sealed class GameRating
{
    /// <summary>The rater's user id.</summary>
    public Guid UserId { get; set; }

    /// <summary>The catalog's game id.</summary>
    public long GameId { get; set; }

    /// <summary>The rating, 1 to 10.</summary>
    public int Rating { get; set; }

    /// <summary>When the rating was last given (UTC).</summary>
    public DateTimeOffset RatedAt { get; set; }
}
