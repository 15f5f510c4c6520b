using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The safelist of a gateway that runs only known documents: the SHA-256 hashes (lowercase hex of the UTF-8 text) of
/// an Apollo persisted query manifest. Verdicts are remembered per text, so a known document is hashed once.
/// </summary>
internal sealed class PersistedDocuments(IReadOnlySet<string> hashes)
{
    // Bounded: unknown texts are not remembered, and known ones are at most the manifest's size.
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hashes = new(hashes, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the document text is one of the persisted documents.</summary>
    public bool Allows(string query)
    {
        query ??= string.Empty;
        if (_known.ContainsKey(query))
        {
            return true;
        }

        if (!_hashes.Contains(Hash(query)))
        {
            return false;
        }

        if (_known.Count < _hashes.Count)
        {
            _known.TryAdd(query, true);
        }

        return true;
    }

    /// <summary>The lowercase hex SHA-256 of a document's UTF-8 text, as Apollo's manifests and APQ use.</summary>
    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
