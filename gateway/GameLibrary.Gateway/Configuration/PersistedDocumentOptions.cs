namespace GameLibrary.Gateway.Configuration;

/// <summary>
/// Persisted documents (<c>Gateway:PersistedDocuments</c>): a safelist of known documents, or automatic persisted
/// queries (APQ), both letting clients send a document's hash instead of its text (<c>extensions.persistedQuery</c>).
/// </summary>
internal sealed class PersistedDocumentOptions
{
    /// <summary>
    /// An Apollo persisted query manifest (<c>{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id","body",…}]}</c>).
    /// When set, only documents whose text is one of its operations' bodies run (any other gets PERSISTED_QUERY_NOT_IN_LIST),
    /// a request may name one by its id or hash alone, and APQ is off. Null (default): any document runs.
    /// </summary>
    public string? Manifest { get; set; }

    /// <summary>
    /// Automatic persisted queries when there is no <see cref="Manifest"/> (default true, as Apollo's servers): a client
    /// registers a text by sending it with its SHA-256, then sends the hash alone (GET requests a CDN can cache).
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// The APQ cache's capacity in characters of document text (default 4,194,304, 8 MiB), least recently used dropped
    /// first. Only texts whose hash matched and that parsed, validated and passed the limits are kept.
    /// </summary>
    public long AutomaticPersistedQueryCacheSize { get; set; } = 4 * 1024 * 1024;
}
