namespace GameLibrary.Users.Paging;

/// <summary>One page of an ordered list.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page.</param>
/// <param name="Offset">The position of the first item in the whole list.</param>
/// <param name="HasNextPage">Whether items follow the page.</param>
/// <param name="TotalCount">How many items the whole list holds.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, bool HasNextPage, int TotalCount);
