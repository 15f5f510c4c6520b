namespace GameLibrary.Scoreboard.Catalog;

/// <summary>A game the catalog announced, kept from its events so scores for unknown games are refused without a call.</summary>
public sealed class KnownGame
{
    /// <summary>The catalog's game id.</summary>
    public long GameId { get; set; }

    /// <summary>The game's title.</summary>
    public string Title { get; set; } = "";
}
