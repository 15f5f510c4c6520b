using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>
/// Turns a <see cref="SubgraphDefinition"/> into a <see cref="Subgraph"/>: parses it, resolves its <c>@link</c>s,
/// and strips what only the subgraph protocol needs (<c>_service</c>, <c>_entities</c>, <c>_Any</c>, <c>FieldSet</c>,
/// <c>link__Import</c>, the federation directive definitions GraphQL.NET prints).
/// </summary>
internal static class SubgraphLoader
{
    public static Subgraph? Load(SubgraphDefinition definition, CompositionDiagnostics diagnostics)
    {
        var name = definition.Name;
        if (SdlReader.Read(name, definition.Sdl, diagnostics) is not { } schema)
        {
            return null;
        }

        var errorsBefore = diagnostics.Errors.Count;
        var links = new List<FeatureLink>();
        FeatureLink? federation = null;
        foreach (var application in schema.Directives.Where(d => d.Name == "link"))
        {
            if (FeatureLink.Read(application, out var error) is not { } link)
            {
                diagnostics.SubgraphError(name, CompositionErrorCodes.InvalidLinkDirectiveUsage, error!);
                continue;
            }

            if (link.Url.Identity == FederationSpec.Identity)
            {
                federation = link;
                ValidateFederationLink(name, link, diagnostics);
            }
            else if (link.Url.Identity != FederationSpec.LinkIdentity)
            {
                links.Add(link);
            }
        }

        if (diagnostics.Errors.Count > errorsBefore)
        {
            return null;
        }

        var names = federation is null ? FederationNames.ForFederation1() : FederationNames.ForLink(federation);
        var composed = schema.Directives
            .Where(d => d.Name == names.ComposeDirective)
            .Select(d => d.StringArgument("name")?.TrimStart('@'))
            .OfType<string>()
            .ToList();
        schema.Directives.RemoveAll(d => d.Name == "link" || names.NameInSpec(d.Name) is not null);
        RemoveProtocolElements(schema, names, federation);

        var subgraph = new Subgraph(name, definition.Url, schema, names, federation?.Url.Minor ?? 0, federation is not null, links);
        subgraph.ComposedDirectives.AddRange(composed);
        return subgraph;
    }

    private static void ValidateFederationLink(string subgraph, FeatureLink link, CompositionDiagnostics diagnostics)
    {
        if (link.Url.Major != 2)
        {
            diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidLinkDirectiveUsage,
                $"Invalid version v{link.Url.Major}.{link.Url.Minor} for the federation feature in @link direction on schema: only version 2.x is supported by @link.");
            return;
        }

        foreach (var import in link.Imports)
        {
            var known = import.IsDirective
                ? FederationSpec.Directives.TryGetValue(import.Name, out var since) && since <= link.Url.Minor
                : FederationSpec.Types.Contains(import.Name);
            if (!known)
            {
                diagnostics.SubgraphError(subgraph, CompositionErrorCodes.InvalidLinkDirectiveUsage,
                    $"Cannot import unknown element \"{(import.IsDirective ? "@" : "")}{import.Name}\" from federation v2.{link.Url.Minor}.");
            }
        }
    }

    private static void RemoveProtocolElements(Schema schema, FederationNames names, FeatureLink? federation)
    {
        var prefixes = new[] { "link__", (federation?.Alias ?? "federation") + "__" };
        foreach (var type in schema.Types.Values.ToList())
        {
            if (FederationSpec.ProtocolTypes.Contains(type.Name)
                || names.Types.Contains(type.Name)
                || prefixes.Any(p => type.Name.StartsWith(p, StringComparison.Ordinal)))
            {
                schema.Types.Remove(type.Name);
            }
        }

        foreach (var directive in schema.DirectiveDefinitions.Keys.ToList())
        {
            if (directive == "link" || FederationSpec.BuiltInDirectives.Contains(directive) || names.NameInSpec(directive) is not null)
            {
                schema.DirectiveDefinitions.Remove(directive);
            }
        }

        // GraphQL.NET prints "scalar FieldSet" for its directive definitions even when it is not imported.
        if (schema.Type("FieldSet") is { Kind: TypeKind.Scalar } && !References(schema).Contains("FieldSet"))
        {
            schema.Types.Remove("FieldSet");
        }

        if (schema.Type(RootKind.Query.ToString()) is { } query)
        {
            foreach (var field in FederationSpec.ProtocolFields)
            {
                query.Fields.Remove(field);
            }
        }
        else
        {
            // Every subgraph has a query root (with _service at least), so every subgraph resolves some Query.
            schema.Types.Add("Query", new TypeDefinition("Query", TypeKind.Object) { HasDefinition = true });
        }

        schema.Roots[RootKind.Query] = "Query";
    }

    /// <summary>The names of the types fields, arguments and input fields refer to.</summary>
    public static HashSet<string> References(Schema schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.Types.Values)
        {
            foreach (var field in type.Fields.Values)
            {
                names.Add(field.Type.NamedType);
                names.UnionWith(field.Arguments.Values.Select(a => a.Type.NamedType));
            }

            names.UnionWith(type.InputFields.Values.Select(f => f.Type.NamedType));
        }

        foreach (var directive in schema.DirectiveDefinitions.Values)
        {
            names.UnionWith(directive.Arguments.Values.Select(a => a.Type.NamedType));
        }

        return names;
    }
}
