using System.Security.Cryptography;
using System.Text;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The safelist of a gateway that runs only known documents: an Apollo persisted query manifest's bodies, found by the
/// manifest's <c>id</c> or by the SHA-256 of the body (lowercase hex of the UTF-8 text, what Apollo's
/// <c>extensions.persistedQuery.sha256Hash</c> carries). Full texts are admitted by their hash, computed here, so an
/// <c>id</c> that is not its body's hash cannot admit another document.
/// </summary>
internal sealed class PersistedDocuments
{
    private readonly Dictionary<string, string> _bodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    /// <param name="documents">The manifest's operations: id → body.</param>
    public PersistedDocuments(IReadOnlyDictionary<string, string> documents)
    {
        foreach (var (id, body) in documents)
        {
            _bodies[id] = body;
            _bodies[Hash(body)] = body;
            _texts.Add(body);
        }
    }

    /// <summary>Whether the document text is one of the persisted documents.</summary>
    public bool Allows(string query) => _texts.Contains(query);

    /// <summary>The body persisted under an id or a hash, or null.</summary>
    public string? Find(string idOrHash) => _bodies.GetValueOrDefault(idOrHash);

    /// <summary>The lowercase hex SHA-256 of a document's UTF-8 text, as Apollo's manifests and APQ use.</summary>
    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
