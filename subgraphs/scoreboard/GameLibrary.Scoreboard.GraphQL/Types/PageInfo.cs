namespace GameLibrary.Scoreboard.GraphQL.Types;

/// <summary>Relay's page information.</summary>
/// <param name="HasNextPage">Whether items follow the page.</param>
/// <param name="HasPreviousPage">Whether items precede it.</param>
/// <param name="StartCursor">The first item's cursor.</param>
/// <param name="EndCursor">The last item's cursor; pass it as <c>after</c> for the next page.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
