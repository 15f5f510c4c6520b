namespace GameLibrary.Catalog.Model;

/// <summary>Links a game to one of its genres.</summary>
public sealed class GameGenre
{
    /// <summary>The game.</summary>
    public long GameId { get; set; }

    /// <summary>The genre.</summary>
    public long GenreId { get; set; }
}
