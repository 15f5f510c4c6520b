namespace GameLibrary.Catalog.Commands;

/// <summary>Changes to a game; a <see langword="null"/> member leaves that part unchanged, a list replaces the links.</summary>
public sealed record GameChanges
{
    /// <summary>The new title.</summary>
    public string? Title { get; init; }

    /// <summary>The new slug.</summary>
    public string? Slug { get; init; }

    /// <summary>The new summary; an empty string removes it.</summary>
    public string? Summary { get; init; }

    /// <summary>The new release date.</summary>
    public DateOnly? ReleaseDate { get; init; }

    /// <summary>The new cover URL; an empty string removes it.</summary>
    public string? CoverUrl { get; init; }

    /// <summary>The new genre ids.</summary>
    public IReadOnlyList<long>? GenreIds { get; init; }

    /// <summary>The new platform ids.</summary>
    public IReadOnlyList<long>? PlatformIds { get; init; }

    /// <summary>The new developer ids.</summary>
    public IReadOnlyList<long>? DeveloperIds { get; init; }

    /// <summary>The new publisher ids.</summary>
    public IReadOnlyList<long>? PublisherIds { get; init; }
}
