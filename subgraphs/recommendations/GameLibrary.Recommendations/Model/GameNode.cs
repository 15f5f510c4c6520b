namespace GameLibrary.Recommendations.Model;

/// <summary>A game in the in-memory model: catalog data (once announced) and who interacted with it.</summary>
internal sealed class GameNode(long id)
{
    public long Id { get; } = id;

    /// <summary>Whether the catalog announced it; interactions may arrive first (the logs are read independently).</summary>
    public bool InCatalog { get; set; }

    public string Title { get; set; } = "";

    public GameFeatures Features { get; set; } = GameFeatures.None;

    public Dictionary<Guid, (int Rating, DateTimeOffset At)> Ratings { get; } = [];

    public long RatingsSum { get; set; }

    public Dictionary<Guid, DateTimeOffset> Owners { get; } = [];

    /// <summary>Each player's plays of the game.</summary>
    public Dictionary<Guid, List<DateTimeOffset>> Plays { get; } = [];

    /// <summary>Players with a positive interaction: rated it 6 or more, own it, or played it.</summary>
    public HashSet<Guid> Fans { get; } = [];

    /// <summary>The ratings' decayed sum, relative to <see cref="Scoring.Popularity.Epoch"/>.</summary>
    public double RatingMass { get; set; }

    /// <summary>The library additions' decayed sum, relative to the epoch.</summary>
    public double LibraryMass { get; set; }

    /// <summary>The plays' decayed sum, relative to the epoch.</summary>
    public double PlayMass { get; set; }

    public bool HasInteractions => Ratings.Count > 0 || Owners.Count > 0 || Plays.Count > 0;
}
