namespace GameLibrary.Federation.Api;

/// <summary>
/// One feature a supergraph links with <c>@link</c> (or <c>@core</c> in Federation 1 supergraphs), with the
/// names its elements carry in this schema: <c>@link(as:)</c> renames the namespace and <c>import</c> lists
/// bring elements in under their own (or an aliased) name.
/// </summary>
internal sealed class LinkedFeature
{
    private readonly Dictionary<string, string> _importsByLocalName;
    private readonly Dictionary<string, string> _importsBySpecName;

    internal LinkedFeature(string identity, string name, string nameInSchema, IReadOnlyList<(string SpecName, string LocalName)> imports)
    {
        Identity = identity;
        Name = name;
        NameInSchema = nameInSchema;
        _importsByLocalName = new Dictionary<string, string>(StringComparer.Ordinal);
        _importsBySpecName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (specName, localName) in imports)
        {
            _importsByLocalName[localName] = specName;
            _importsBySpecName[specName] = localName;
        }
    }

    /// <summary>The URL without its version segment, e.g. <c>https://specs.apollo.dev/join</c>.</summary>
    public string Identity { get; }

    /// <summary>The feature's own name (the last path segment before the version), e.g. <c>join</c>.</summary>
    public string Name { get; }

    /// <summary>The namespace prefix in this schema: the <c>as</c> argument, else <see cref="Name"/>.</summary>
    public string NameInSchema { get; }

    /// <summary>Whether the feature is one of Apollo's specifications (machinery the API schema drops).</summary>
    public bool IsApolloSpec => Identity.StartsWith("https://specs.apollo.dev/", StringComparison.Ordinal);

    /// <summary>Whether a directive with this local name (no <c>@</c>) belongs to the feature.</summary>
    public bool OwnsDirective(string localName) =>
        localName == NameInSchema
        || IsPrefixed(localName)
        || _importsByLocalName.ContainsKey("@" + localName);

    /// <summary>Whether a type with this local name belongs to the feature.</summary>
    public bool OwnsType(string localName) => IsPrefixed(localName) || _importsByLocalName.ContainsKey(localName);

    /// <summary>The local name of one of the feature's directives, given its name in the specification (no <c>@</c>).</summary>
    public string DirectiveNameInSchema(string specName)
    {
        if (_importsBySpecName.TryGetValue("@" + specName, out var local))
        {
            return local[1..];
        }

        return specName == Name ? NameInSchema : NameInSchema + "__" + specName;
    }

    private bool IsPrefixed(string localName) =>
        localName.Length > NameInSchema.Length + 2
        && localName.StartsWith(NameInSchema, StringComparison.Ordinal)
        && localName.AsSpan(NameInSchema.Length).StartsWith("__", StringComparison.Ordinal);
}
