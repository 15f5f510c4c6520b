namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>An item of a connection with its cursor.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Cursor">Where the item is.</param>
/// <param name="Node">The item.</param>
public sealed record Edge<T>(string Cursor, T Node);
