using System.Text.Json;

namespace GameLibrary.Transport.Execution;

/// <summary>One GraphQL request as received by a transport, before any parsing of the document.</summary>
/// <param name="Query">
/// The GraphQL document text; null only when the request names its document by hash instead
/// (<c>extensions.persistedQuery</c>, Apollo's persisted queries), which the engine resolves or refuses.
/// </param>
/// <param name="OperationName">The operation to run when the document holds several.</param>
/// <param name="Variables">The raw variables object, if any; the engine coerces it.</param>
/// <param name="Extensions">The raw extensions object, if any.</param>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    JsonElement? Variables = null,
    JsonElement? Extensions = null);
