namespace GameLibrary.Federation.Requests;

/// <summary>
/// Turns a request into the document text it runs, following Apollo: with a manifest (safelist) a hash or id names
/// one of its documents and full texts must be among them; without one, automatic persisted queries (APQ) register
/// verified texts in a bounded cache so later requests may send the hash alone. A hash sent with a text must be the
/// text's SHA-256 (or, with a manifest, the id of that very text).
/// </summary>
/// <param name="manifest">The safelist, or null for none.</param>
/// <param name="cache">The APQ cache, or null when APQ is off; ignored when there is a manifest.</param>
internal sealed class PersistedQueryResolver(PersistedDocuments? manifest, AutomaticPersistedQueryCache? cache)
{
    public DocumentResolution Resolve(GatewayRequest request)
    {
        if (!PersistedQueryExtension.TryRead(request.Extensions, out var persisted, out var problem))
        {
            return DocumentResolution.Refused(problem!, ErrorCodes.BadRequest);
        }

        return (request.Query, persisted) switch
        {
            (null, null) => DocumentResolution.Refused(
                "The request has no document: send 'query', or name a persisted document in 'extensions.persistedQuery'.",
                ErrorCodes.BadRequest),
            (null, { } hashOnly) => Find(hashOnly.Hash),
            ({ } query, { } named) when !Matches(named.Hash, query) => DocumentResolution.Refused(
                "The provided sha256Hash does not match the query: it must be the lowercase hex SHA-256 of the query's UTF-8 text.",
                ErrorCodes.PersistedQueryHashMismatch),
            ({ } query, _) when manifest is not null && !manifest.Allows(query) => DocumentResolution.Refused(
                "Only persisted documents may run on this gateway, and this one is not in the list.", ErrorCodes.PersistedQueryNotInList),
            ({ } query, { } named) when manifest is null && cache is not null => new DocumentResolution(query, RegisterAs: named.Hash),
            ({ } query, _) => new DocumentResolution(query),
        };
    }

    /// <summary>Keeps a verified, prepared text for hash-only requests (APQ).</summary>
    public void Register(string hash, string query) => cache?.Add(hash, query);

    private DocumentResolution Find(string hash)
    {
        if (manifest is not null)
        {
            // Apollo Router's safelist answer: the client cannot register anything here, so no retry is invited.
            return manifest.Find(hash) is { } body
                ? new DocumentResolution(body)
                : DocumentResolution.Refused(
                    $"Persisted query '{hash}' not found in the persisted query list.", ErrorCodes.PersistedQueryNotInList);
        }

        if (cache is null)
        {
            return DocumentResolution.Refused(
                "PersistedQueryNotSupported", ErrorCodes.PersistedQueryNotSupported, GatewayResultKind.PersistedQueryMiss);
        }

        // Apollo's exact message: clients (Apollo Client, Apollo Kotlin, iOS) match it, or the code, to retry with the text.
        return cache.Find(hash) is { } text
            ? new DocumentResolution(text)
            : DocumentResolution.Refused("PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound, GatewayResultKind.PersistedQueryMiss);
    }

    private bool Matches(string hash, string query) =>
        string.Equals(hash, PersistedDocuments.Hash(query), StringComparison.OrdinalIgnoreCase)
        || (manifest is not null && manifest.Find(hash) == query);
}
