using GraphQLParser.AST;

namespace GameLibrary.Federation.Supergraph;

/// <summary>
/// The names the join spec's elements have in one supergraph, resolved through its <c>@link</c> (or Federation 1
/// <c>@core</c>) definitions: <c>as:</c> renames the prefix, <c>import:</c> brings elements in unprefixed.
/// </summary>
internal sealed class JoinSpecNames
{
    private static readonly string[] SupportedJoinVersions = ["v0.1", "v0.2", "v0.3", "v0.4", "v0.5"];
    private const string SpecHost = "https://specs.apollo.dev/";

    private JoinSpecNames(string version, Func<string, bool, string> name)
    {
        Version = version;
        Graph = name("graph", true);
        Type = name("type", true);
        Field = name("field", true);
        Implements = name("implements", true);
        UnionMember = name("unionMember", true);
        EnumValue = name("enumValue", true);
        Owner = name("owner", true);
        GraphEnum = name("Graph", false);
    }

    /// <summary>The join spec version (<c>v0.1</c> … <c>v0.5</c>).</summary>
    public string Version { get; }

    /// <summary>Whether this is a Federation 1 supergraph (join v0.1).</summary>
    public bool IsFederation1 => Version == "v0.1";

    /// <summary>Join v0.2+ records per-subgraph interface implementations (<c>@join__implements</c>).</summary>
    public bool HasImplements => string.CompareOrdinal(Version, "v0.2") >= 0;

    /// <summary>The name of <c>@join__graph</c>.</summary>
    public string Graph { get; }

    /// <summary>The name of <c>@join__type</c>.</summary>
    public string Type { get; }

    /// <summary>The name of <c>@join__field</c>.</summary>
    public string Field { get; }

    /// <summary>The name of <c>@join__implements</c>.</summary>
    public string Implements { get; }

    /// <summary>The name of <c>@join__unionMember</c>.</summary>
    public string UnionMember { get; }

    /// <summary>The name of <c>@join__enumValue</c>.</summary>
    public string EnumValue { get; }

    /// <summary>The name of <c>@join__owner</c> (join v0.1).</summary>
    public string Owner { get; }

    /// <summary>The name of the <c>join__Graph</c> enum.</summary>
    public string GraphEnum { get; }

    /// <summary>Resolves the names from the schema definition's directives; throws when the join spec is missing or unsupported.</summary>
    public static JoinSpecNames Resolve(IReadOnlyList<GraphQLDirective> schemaDirectives)
    {
        var links = FindLinks(schemaDirectives);
        JoinSpecNames? join = null;
        foreach (var link in links)
        {
            if (!link.Url.StartsWith(SpecHost, StringComparison.Ordinal))
            {
                if (link.For == "EXECUTION")
                {
                    throw new SupergraphException($"Unsupported feature for EXECUTION in the schema's @{link.DirectiveName}: \"{link.Url}\".");
                }

                continue;
            }

            var (specName, version) = SplitUrl(link.Url);
            switch (specName)
            {
                case "join":
                    if (!SupportedJoinVersions.Contains(version))
                    {
                        throw new SupergraphException(
                            $"Unsupported join spec version {version} in the schema's @{link.DirectiveName}(url: \"{link.Url}\"); supported: {string.Join(", ", SupportedJoinVersions)}.");
                    }

                    if (join is not null)
                    {
                        throw new SupergraphException($"The schema links the join spec more than once (\"{link.Url}\").");
                    }

                    var prefix = link.As ?? "join";
                    join = new JoinSpecNames(version, (element, isDirective) =>
                    {
                        var key = isDirective ? "@" + element : element;
                        return link.Imports.TryGetValue(key, out var imported)
                            ? imported.TrimStart('@')
                            : $"{prefix}__{element}";
                    });
                    break;
                case "link" or "core" or "tag" or "inaccessible":
                    break;
                default:
                    if (link.For == "EXECUTION")
                    {
                        throw new SupergraphException(
                            $"Unsupported feature for EXECUTION in the schema's @{link.DirectiveName}: \"{link.Url}\".");
                    }

                    break;
            }
        }

        return join ?? throw new SupergraphException(
            "The document is not a supergraph: its schema definition has no @link (or @core) to https://specs.apollo.dev/join.");
    }

    private static (string Name, string Version) SplitUrl(string url)
    {
        var path = url[SpecHost.Length..].TrimEnd('/');
        var slash = path.LastIndexOf('/');
        return slash < 0 ? (path, string.Empty) : (path[..slash], path[(slash + 1)..]);
    }

    private static List<Link> FindLinks(IReadOnlyList<GraphQLDirective> directives)
    {
        // The link (or core) spec links itself; its own usage tells which directive name plays @link here.
        string? linkName = null;
        string? urlArgument = null;
        foreach (var directive in directives)
        {
            foreach (var argumentName in (string[])["url", "feature"])
            {
                var url = DirectiveArguments.GetString(directive, argumentName);
                if (url is not null && (url.StartsWith(SpecHost + "link/", StringComparison.Ordinal) || url.StartsWith(SpecHost + "core/", StringComparison.Ordinal)))
                {
                    linkName = directive.Name.StringValue;
                    urlArgument = argumentName;
                }
            }
        }

        if (linkName is null || urlArgument is null)
        {
            throw new SupergraphException(
                "The document is not a supergraph: its schema definition has no @link(url: \"https://specs.apollo.dev/link/v1.0\") or @core(feature: \"https://specs.apollo.dev/core/…\").");
        }

        var links = new List<Link>();
        foreach (var directive in directives)
        {
            if (directive.Name.StringValue != linkName)
            {
                continue;
            }

            var url = DirectiveArguments.GetString(directive, urlArgument)
                ?? throw new SupergraphException($"A @{linkName} on the schema has no {urlArgument} argument.");
            var imports = new Dictionary<string, string>(StringComparer.Ordinal);
            if (DirectiveArguments.Get(directive, "import") is GraphQLListValue { Values: { } values })
            {
                foreach (var value in values)
                {
                    switch (value)
                    {
                        case GraphQLStringValue s:
                            imports[s.Value.ToString()] = s.Value.ToString();
                            break;
                        case GraphQLObjectValue o:
                            var name = (o.Field("name")?.Value as GraphQLStringValue)?.Value.ToString();
                            var alias = (o.Field("as")?.Value as GraphQLStringValue)?.Value.ToString();
                            if (name is not null)
                            {
                                imports[name] = alias ?? name;
                            }

                            break;
                    }
                }
            }

            links.Add(new Link(
                linkName,
                url,
                DirectiveArguments.GetString(directive, "as"),
                DirectiveArguments.GetEnum(directive, "for"),
                imports));
        }

        return links;
    }

    private sealed record Link(string DirectiveName, string Url, string? As, string? For, Dictionary<string, string> Imports);
}
