namespace GameLibrary.Catalog.Commands;

/// <summary>Everything a game is created from.</summary>
public sealed record GameDraft
{
    /// <summary>The title, 1 to 200 characters once trimmed.</summary>
    public required string Title { get; init; }

    /// <summary>The slug: lower-case letters and digits in hyphen-separated groups, at most 100 characters; unique.</summary>
    public required string Slug { get; init; }

    /// <summary>A summary of at most 4,000 characters, if any.</summary>
    public string? Summary { get; init; }

    /// <summary>The first release date, from 1950-01-01.</summary>
    public required DateOnly ReleaseDate { get; init; }

    /// <summary>An absolute http(s) cover URL, if any.</summary>
    public string? CoverUrl { get; init; }

    /// <summary>Known genre ids.</summary>
    public IReadOnlyList<long> GenreIds { get; init; } = [];

    /// <summary>Known platform ids.</summary>
    public IReadOnlyList<long> PlatformIds { get; init; } = [];

    /// <summary>Known company ids of the developers.</summary>
    public IReadOnlyList<long> DeveloperIds { get; init; } = [];

    /// <summary>Known company ids of the publishers.</summary>
    public IReadOnlyList<long> PublisherIds { get; init; } = [];
}
