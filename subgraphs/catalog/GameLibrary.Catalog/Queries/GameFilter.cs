namespace GameLibrary.Catalog.Queries;

/// <summary>Which games a listing includes. Every set criterion must hold; within an id list any id matches.</summary>
public sealed record GameFilter
{
    /// <summary>The most ids one list may hold.</summary>
    public const int MaxIds = 100;

    /// <summary>The longest search text.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>Games in any of these genres.</summary>
    public IReadOnlyList<long>? GenreIds { get; init; }

    /// <summary>Games on any of these platforms.</summary>
    public IReadOnlyList<long>? PlatformIds { get; init; }

    /// <summary>Games developed or published by any of these companies.</summary>
    public IReadOnlyList<long>? CompanyIds { get; init; }

    /// <summary>Games released on or after this date.</summary>
    public DateOnly? ReleasedAfter { get; init; }

    /// <summary>Games released on or before this date.</summary>
    public DateOnly? ReleasedBefore { get; init; }

    /// <summary>Games whose title contains this text, ignoring case.</summary>
    public string? Search { get; init; }
}
