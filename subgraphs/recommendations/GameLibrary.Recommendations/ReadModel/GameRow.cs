namespace GameLibrary.Recommendations.ReadModel;

/// <summary>A catalog game as the read model keeps it: what reasons name it by and its content features.</summary>
public sealed class GameRow
{
    /// <summary>The catalog's game id.</summary>
    public long GameId { get; set; }

    /// <summary>The slug.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The title, for reasons such as "shares 3 genres with Hades".</summary>
    public string Title { get; set; } = "";

    /// <summary>The genres' ids, ascending.</summary>
    public long[] GenreIds { get; set; } = [];

    /// <summary>The platforms' ids, ascending.</summary>
    public long[] PlatformIds { get; set; } = [];

    /// <summary>The developers' company ids, ascending.</summary>
    public long[] DeveloperIds { get; set; } = [];

    /// <summary>The publishers' company ids, ascending.</summary>
    public long[] PublisherIds { get; set; } = [];

    /// <summary>The release year, when the catalog sent it.</summary>
    public int? ReleaseYear { get; set; }
}
