using System.Text.Json;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// A request's <c>extensions.persistedQuery</c> (Apollo's persisted queries): <c>{"version": 1, "sha256Hash": "…"}</c>,
/// the document named by its hash (or, from a manifest, its id).
/// </summary>
/// <param name="Hash">The <c>sha256Hash</c> as sent.</param>
internal sealed record PersistedQueryExtension(string Hash)
{
    /// <summary>The only version of the protocol there is.</summary>
    public const int Version = 1;

    /// <summary>
    /// Reads the extension from a request's extensions: true with null when there is none, false with a problem (for a
    /// BAD_REQUEST) when it is malformed or of another version. Apollo Server says "Unsupported persisted query
    /// version" for the latter; the message here says what is expected too.
    /// </summary>
    public static bool TryRead(JsonElement? extensions, out PersistedQueryExtension? extension, out string? problem)
    {
        extension = null;
        problem = null;
        if (extensions is not { ValueKind: JsonValueKind.Object } map
            || !map.TryGetProperty("persistedQuery"u8, out JsonElement persisted)
            || persisted.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (persisted.ValueKind != JsonValueKind.Object)
        {
            problem = "'extensions.persistedQuery' must be an object with 'version' 1 and a 'sha256Hash' string.";
            return false;
        }

        if (!persisted.TryGetProperty("version"u8, out JsonElement version)
            || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out int number)
            || number != Version)
        {
            problem = "Unsupported persisted query version: 'extensions.persistedQuery.version' must be 1.";
            return false;
        }

        if (!persisted.TryGetProperty("sha256Hash"u8, out JsonElement hash)
            || hash.ValueKind != JsonValueKind.String
            || hash.GetString() is not { Length: > 0 and <= MaxHashLength } text)
        {
            problem = $"'extensions.persistedQuery.sha256Hash' must be a non-empty string of at most {MaxHashLength} characters.";
            return false;
        }

        extension = new PersistedQueryExtension(text);
        return true;
    }

    /// <summary>
    /// Room for a SHA-256 in hex (64) and for manifest ids of other shapes; nothing longer is ever looked up, so a
    /// megabyte "hash" costs no hashing or dictionary work.
    /// </summary>
    private const int MaxHashLength = 256;
}
