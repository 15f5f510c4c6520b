namespace GameLibrary.Catalog.Queries;

/// <summary>A page of games.</summary>
/// <param name="Items">The games, in order.</param>
/// <param name="HasNextPage">Whether more games follow the last one.</param>
/// <param name="HasPreviousPage">Whether the page started after a cursor.</param>
/// <param name="TotalCount">All matching games, when asked for.</param>
public sealed record GamePage(IReadOnlyList<PagedGame> Items, bool HasNextPage, bool HasPreviousPage, int? TotalCount);
