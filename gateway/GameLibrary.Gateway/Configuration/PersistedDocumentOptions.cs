namespace GameLibrary.Gateway.Configuration;

/// <summary>The persisted-documents mode (<c>Gateway:PersistedDocuments</c>): only known documents run.</summary>
internal sealed class PersistedDocumentOptions
{
    /// <summary>
    /// An Apollo persisted query manifest (<c>{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id","body",…}]}</c>).
    /// When set, only documents whose text is one of its operations' bodies run; any other gets PERSISTED_QUERY_NOT_IN_LIST.
    /// Null (default): any document runs.
    /// </summary>
    public string? Manifest { get; set; }
}
