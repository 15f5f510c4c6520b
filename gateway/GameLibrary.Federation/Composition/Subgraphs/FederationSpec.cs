namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>What the Apollo Federation specification (v2.x, and v1 by name) defines.</summary>
internal static class FederationSpec
{
    public const string Identity = "https://specs.apollo.dev/federation";

    public const string LinkIdentity = "https://specs.apollo.dev/link";

    public const string Key = "key";
    public const string Requires = "requires";
    public const string Provides = "provides";
    public const string External = "external";
    public const string Extends = "extends";
    public const string Shareable = "shareable";
    public const string Override = "override";
    public const string Tag = "tag";
    public const string Inaccessible = "inaccessible";
    public const string ComposeDirective = "composeDirective";
    public const string InterfaceObject = "interfaceObject";

    /// <summary>The directives, with the minor version of Federation 2 that introduced them.</summary>
    public static readonly IReadOnlyDictionary<string, int> Directives = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [Key] = 0,
        [Requires] = 0,
        [Provides] = 0,
        [External] = 0,
        [Tag] = 0,
        [Extends] = 0,
        [Shareable] = 0,
        [Inaccessible] = 0,
        [Override] = 0,
        [ComposeDirective] = 1,
        [InterfaceObject] = 3,
        ["authenticated"] = 5,
        ["requiresScopes"] = 5,
        ["policy"] = 6,
        ["context"] = 8,
        ["fromContext"] = 8,
        ["cost"] = 9,
        ["listSize"] = 9,
        ["cacheTag"] = 12,
    };

    /// <summary>Directives whose supergraph semantics this composer does not implement.</summary>
    public static readonly IReadOnlySet<string> Unsupported = new HashSet<string>(StringComparer.Ordinal)
    {
        "authenticated", "requiresScopes", "policy", "context", "fromContext", "cost", "listSize", "cacheTag",
    };

    /// <summary>The types.</summary>
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "FieldSet", "Scope", "Policy", "ContextFieldValue",
    };

    /// <summary>The Federation 1 directives, which Federation 1 subgraphs use without any <c>@link</c>.</summary>
    public static readonly IReadOnlySet<string> Federation1Directives = new HashSet<string>(StringComparer.Ordinal)
    {
        Key, Requires, Provides, External, Extends, Tag, Inaccessible,
    };

    /// <summary>The subgraph-protocol types every subgraph exposes and no supergraph keeps.</summary>
    public static readonly IReadOnlySet<string> ProtocolTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "_Any", "_Service", "_Entity", "_FieldSet",
    };

    /// <summary>The subgraph-protocol query fields.</summary>
    public static readonly IReadOnlySet<string> ProtocolFields = new HashSet<string>(StringComparer.Ordinal) { "_service", "_entities" };

    /// <summary>GraphQL's built-in directives.</summary>
    public static readonly IReadOnlySet<string> BuiltInDirectives = new HashSet<string>(StringComparer.Ordinal)
    {
        "skip", "include", "deprecated", "specifiedBy", "oneOf", "defer", "stream",
    };

    /// <summary>GraphQL's built-in scalars.</summary>
    public static readonly IReadOnlySet<string> BuiltInScalars = new HashSet<string>(StringComparer.Ordinal)
    {
        "String", "Int", "Float", "Boolean", "ID",
    };
}
