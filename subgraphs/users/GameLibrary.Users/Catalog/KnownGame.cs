namespace GameLibrary.Users.Catalog;

/// <summary>
/// A game the catalog has announced, kept from its events so library and rating changes can reject unknown ids
/// without calling the catalog subgraph.
/// </summary>
public sealed class KnownGame
{
    /// <summary>The catalog's game id.</summary>
    public long GameId { get; set; }

    /// <summary>The game's slug.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The game's title.</summary>
    public string Title { get; set; } = "";
}
