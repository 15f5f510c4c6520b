using System.Text.Json;

namespace GameLibrary.Transport.Execution;

/// <summary>
/// One GraphQL response (or one event of a subscription). Results write themselves so that an
/// engine can stream its own representation straight to the wire without an object tree.
/// </summary>
public interface IGraphQLResult
{
    /// <summary>How the result came about.</summary>
    GraphQLResultKind Kind { get; }

    /// <summary>Writes the response object (<c>{"data":…,"errors":…,"extensions":…}</c>).</summary>
    void WriteTo(Utf8JsonWriter writer);
}
