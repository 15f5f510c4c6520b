using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

using GameLibrary.Transport.Execution;

namespace GameLibrary.Transport.Serialization;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters from a JSON object (a POST body or a
/// graphql-transport-ws <c>subscribe</c> payload). The returned request refers to the element's
/// document, which must outlive it.
/// </summary>
internal static class GraphQLRequestParser
{
    public static bool TryParse(
        JsonElement element,
        [NotNullWhen(true)] out GraphQLRequest? request,
        [NotNullWhen(false)] out string? error)
    {
        request = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "The GraphQL request must be a JSON object.";
            return false;
        }

        string? query = null;
        bool queryAbsent = true;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;

        // Other property names are reserved by the spec and ignored.
        foreach (JsonProperty property in element.EnumerateObject())
        {
            JsonElement value = property.Value;
            if (property.NameEquals("query"u8))
            {
                query = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                queryAbsent = value.ValueKind == JsonValueKind.Null;
            }
            else if (property.NameEquals("operationName"u8))
            {
                if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    error = "The 'operationName' parameter must be a string or null.";
                    return false;
                }

                operationName = value.GetString();
            }
            else if (property.NameEquals("variables"u8))
            {
                if (!TryReadMap(value, out variables))
                {
                    error = "The 'variables' parameter must be an object or null.";
                    return false;
                }
            }
            else if (property.NameEquals("extensions"u8))
            {
                if (!TryReadMap(value, out extensions))
                {
                    error = "The 'extensions' parameter must be an object or null.";
                    return false;
                }
            }
        }

        if (query is null && !(queryAbsent && NamesPersistedDocument(extensions)))
        {
            error = "The 'query' parameter is required and must be a string.";
            return false;
        }

        request = new GraphQLRequest(query, operationName, variables, extensions);
        error = null;
        return true;
    }

    /// <summary>
    /// Whether the extensions carry <c>persistedQuery</c> (Apollo's persisted queries: the document named by its hash,
    /// without <c>query</c>). Only its presence (not null) is checked here: the engine resolves the hash or refuses it with a
    /// coded error, so the transport stays engine-agnostic.
    /// </summary>
    public static bool NamesPersistedDocument(JsonElement? extensions) =>
        extensions is { } map && map.TryGetProperty("persistedQuery"u8, out JsonElement persisted) && persisted.ValueKind != JsonValueKind.Null;

    /// <summary>Accepts an object, or null meaning absent (the spec treats them alike).</summary>
    public static bool TryReadMap(JsonElement value, out JsonElement? map)
    {
        map = value.ValueKind == JsonValueKind.Object ? value : null;
        return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;
    }
}
