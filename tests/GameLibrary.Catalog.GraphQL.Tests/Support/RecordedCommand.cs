namespace GameLibrary.Catalog.GraphQL.Tests.Support;

/// <summary>A SQL command as sent to the database: its text and its parameters' names and values.</summary>
/// <param name="Text">The command text.</param>
/// <param name="Parameters">The parameters, by name.</param>
public sealed record RecordedCommand(string Text, IReadOnlyList<KeyValuePair<string, object?>> Parameters);
