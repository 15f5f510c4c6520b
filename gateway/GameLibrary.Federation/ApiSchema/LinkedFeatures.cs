using System.Text.RegularExpressions;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Api;

/// <summary>
/// Reads the features a supergraph links on its schema definition: <c>@link(url:, as:, import:)</c>
/// (link v1.0) or <c>@core(feature:, as:)</c> (core v0.1/v0.2, Federation 1 supergraphs). The link
/// directive itself may be renamed, so it is found the way the link specification bootstraps it: the
/// schema directive whose <c>url</c> points at the link (or core) specification and whose name matches.
/// </summary>
internal static partial class LinkedFeatures
{
    /// <summary>Reads every linked feature. Throws <see cref="SupergraphException"/> when there is none or one is malformed.</summary>
    public static IReadOnlyList<LinkedFeature> Read(GraphQLDocument supergraph)
    {
        var schemaDirectives = new List<GraphQLDirective>();
        foreach (var definition in supergraph.Definitions)
        {
            var directives = definition switch
            {
                GraphQLSchemaDefinition schema => schema.Directives,
                GraphQLSchemaExtension extension => extension.Directives,
                _ => null,
            };
            if (directives is not null)
            {
                schemaDirectives.AddRange(directives.Items);
            }
        }

        var linkDirectiveName = FindLinkDirectiveName(schemaDirectives)
            ?? throw new SupergraphException(
                "The document is not a supergraph: its schema definition has no @link(url: \"https://specs.apollo.dev/link/v1.0\") "
                + "or @core(feature: \"https://specs.apollo.dev/core/v0.x\") directive.");

        var features = new List<LinkedFeature>();
        foreach (var directive in schemaDirectives)
        {
            if (directive.Name.StringValue == linkDirectiveName)
            {
                features.Add(ReadFeature(directive));
            }
        }

        return features;
    }

    private static string? FindLinkDirectiveName(List<GraphQLDirective> schemaDirectives)
    {
        foreach (var directive in schemaDirectives)
        {
            var url = StringArgument(directive, "url") ?? StringArgument(directive, "feature");
            if (url is null || !TryParseUrl(url, out _, out var name) || (name != "link" && name != "core"))
            {
                continue;
            }

            var expectedName = StringArgument(directive, "as") ?? name;
            if (directive.Name.StringValue == expectedName)
            {
                return expectedName;
            }
        }

        return null;
    }

    private static LinkedFeature ReadFeature(GraphQLDirective directive)
    {
        var at = "@" + directive.Name.StringValue;
        var url = StringArgument(directive, "url") ?? StringArgument(directive, "feature")
            ?? throw new SupergraphException($"A schema {at} directive has no url argument.");
        if (!TryParseUrl(url, out var identity, out var name))
        {
            throw new SupergraphException($"The schema {at} directive has an invalid url \"{url}\".");
        }

        var nameInSchema = StringArgument(directive, "as") ?? name;
        if (!GraphQLNamePattern().IsMatch(nameInSchema))
        {
            throw new SupergraphException($"The schema {at}(url: \"{url}\") directive has an invalid name \"{nameInSchema}\".");
        }

        return new LinkedFeature(identity, name, nameInSchema, ReadImports(directive, at, url));
    }

    private static List<(string SpecName, string LocalName)> ReadImports(GraphQLDirective directive, string at, string url)
    {
        var imports = new List<(string, string)>();
        var value = Argument(directive, "import");
        if (value is null or GraphQLNullValue)
        {
            return imports;
        }

        var items = value is GraphQLListValue list ? list.Values ?? [] : [value];
        foreach (var item in items)
        {
            switch (item)
            {
                case GraphQLStringValue text:
                    var importName = text.Value.ToString();
                    imports.Add((importName, importName));
                    break;
                case GraphQLObjectValue importObject:
                    var specName = ObjectString(importObject, "name")
                        ?? throw new SupergraphException($"An import of {at}(url: \"{url}\") has no name.");
                    var localName = ObjectString(importObject, "as") ?? specName;
                    if (specName.StartsWith('@') != localName.StartsWith('@'))
                    {
                        throw new SupergraphException(
                            $"The import \"{specName}\" of {at}(url: \"{url}\") is renamed to \"{localName}\": a directive must be imported as a directive and a type as a type.");
                    }

                    imports.Add((specName, localName));
                    break;
                default:
                    throw new SupergraphException($"The import list of {at}(url: \"{url}\") holds a value that is neither a string nor an object.");
            }
        }

        return imports;
    }

    /// <summary>Splits a feature URL into its identity (without the version segment) and name.</summary>
    private static bool TryParseUrl(string url, out string identity, out string name)
    {
        identity = name = string.Empty;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        var trimmed = url.TrimEnd('/');
        var lastSlash = trimmed.LastIndexOf('/');
        var last = trimmed[(lastSlash + 1)..];
        identity = trimmed;
        if (VersionPattern().IsMatch(last))
        {
            identity = trimmed[..lastSlash];
            lastSlash = identity.LastIndexOf('/');
            last = identity[(lastSlash + 1)..];
        }

        name = last;
        return lastSlash > uri.Scheme.Length + 2 && name.Length > 0;
    }

    private static GraphQLValue? Argument(GraphQLDirective directive, string name)
    {
        if (directive.Arguments is null)
        {
            return null;
        }

        foreach (var argument in directive.Arguments.Items)
        {
            if (argument.Name.StringValue == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static string? StringArgument(GraphQLDirective directive, string name) =>
        Argument(directive, name) is GraphQLStringValue text ? text.Value.ToString() : null;

    private static string? ObjectString(GraphQLObjectValue value, string name)
    {
        foreach (var field in value.Fields ?? [])
        {
            if (field.Name.StringValue == name && field.Value is GraphQLStringValue text)
            {
                return text.Value.ToString();
            }
        }

        return null;
    }

    [GeneratedRegex(@"^v\d+\.\d+$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex GraphQLNamePattern();
}
