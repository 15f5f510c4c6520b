namespace GameLibrary.Catalog.Queries;

/// <summary>One page of a game listing.</summary>
/// <param name="Filter">Which games.</param>
/// <param name="Order">In which order.</param>
/// <param name="First">How many, 0 to <see cref="MaxPageSize"/>.</param>
/// <param name="After">The opaque cursor of the last game already seen, or <see langword="null"/> for the first page.</param>
/// <param name="IncludeTotalCount">Whether to count all matching games (one more query).</param>
public sealed record GamePageRequest(GameFilter Filter, GameOrder Order, int First, string? After, bool IncludeTotalCount)
{
    /// <summary>The hard maximum page size.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 20;
}
