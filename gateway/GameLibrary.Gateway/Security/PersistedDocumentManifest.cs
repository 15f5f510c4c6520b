using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GameLibrary.Gateway.Security;

/// <summary>Reads an Apollo persisted query manifest into its operations, id → body.</summary>
internal static class PersistedDocumentManifest
{
    /// <summary>
    /// The manifest's operations, id → body (an operation without a string <c>id</c> is keyed by its body's SHA-256).
    /// The engine also finds each body by its own hash, so an <c>id</c> cannot admit another document. Throws
    /// <see cref="InvalidDataException"/> naming the problem when the file is not a manifest or an id names two bodies.
    /// </summary>
    public static Dictionary<string, string> Read(string path)
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(path));
        if (manifest.RootElement.ValueKind != JsonValueKind.Object
            || !manifest.RootElement.TryGetProperty("operations", out JsonElement operations)
            || operations.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"The persisted document manifest '{path}' has no 'operations' array.");
        }

        Dictionary<string, string> documents = new(StringComparer.OrdinalIgnoreCase);
        foreach (JsonElement operation in operations.EnumerateArray())
        {
            if (operation.ValueKind != JsonValueKind.Object
                || !operation.TryGetProperty("body", out JsonElement body)
                || body.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"An operation of the persisted document manifest '{path}' has no string 'body'.");
            }

            string text = body.GetString()!;
            string id = operation.TryGetProperty("id", out JsonElement given) && given.ValueKind == JsonValueKind.String
                ? given.GetString()!
                : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            if (documents.TryGetValue(id, out string? other) && other != text)
            {
                throw new InvalidDataException($"The persisted document manifest '{path}' has two bodies for the id '{id}'.");
            }

            documents[id] = text;
        }

        return documents;
    }
}
