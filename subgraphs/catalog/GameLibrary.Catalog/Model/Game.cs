namespace GameLibrary.Catalog.Model;

/// <summary>A video game in the catalog.</summary>
/// <remarks>
/// Settable properties and a parameterless constructor: EF Core materializes it, and federation deserializes
/// entity representations (just the key fields) into it.
/// </remarks>
public sealed class Game
{
    /// <summary>The database identity; positive.</summary>
    public long Id { get; set; }

    /// <summary>The display title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The unique, URL-safe name (lower-case letters, digits and single hyphens).</summary>
    public string Slug { get; set; } = "";

    /// <summary>A short description, if any.</summary>
    public string? Summary { get; set; }

    /// <summary>The first release date.</summary>
    public DateOnly ReleaseDate { get; set; }

    /// <summary>An absolute http(s) URL of the cover art, if any.</summary>
    public string? CoverUrl { get; set; }

    /// <summary>When the game was added (UTC, microsecond precision).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When the game last changed (UTC, microsecond precision).</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>The genre links.</summary>
    public ICollection<GameGenre> Genres { get; } = [];

    /// <summary>The platform links.</summary>
    public ICollection<GamePlatform> Platforms { get; } = [];

    /// <summary>The company links (developers and publishers).</summary>
    public ICollection<GameCompany> Companies { get; } = [];
}
