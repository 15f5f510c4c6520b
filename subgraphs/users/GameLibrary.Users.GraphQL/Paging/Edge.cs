namespace GameLibrary.Users.GraphQL.Paging;

/// <summary>An item of a connection with its cursor.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Cursor">Where the item is, for <c>after</c>.</param>
/// <param name="Node">The item.</param>
public sealed record Edge<T>(string Cursor, T Node);
