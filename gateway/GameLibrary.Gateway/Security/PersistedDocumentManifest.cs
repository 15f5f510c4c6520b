using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GameLibrary.Gateway.Security;

/// <summary>Reads an Apollo persisted query manifest into the SHA-256 hashes of its documents.</summary>
internal static class PersistedDocumentManifest
{
    /// <summary>
    /// The hashes of the manifest's operation bodies (hashed here, so an <c>id</c> that is not the body's hash cannot
    /// admit another document). Throws <see cref="InvalidDataException"/> naming the problem when the file is not a manifest.
    /// </summary>
    public static HashSet<string> Read(string path)
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(path));
        if (manifest.RootElement.ValueKind != JsonValueKind.Object
            || !manifest.RootElement.TryGetProperty("operations", out JsonElement operations)
            || operations.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"The persisted document manifest '{path}' has no 'operations' array.");
        }

        HashSet<string> hashes = new(StringComparer.OrdinalIgnoreCase);
        foreach (JsonElement operation in operations.EnumerateArray())
        {
            if (operation.ValueKind != JsonValueKind.Object
                || !operation.TryGetProperty("body", out JsonElement body)
                || body.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"An operation of the persisted document manifest '{path}' has no string 'body'.");
            }

            hashes.Add(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body.GetString()!))));
        }

        return hashes;
    }
}
