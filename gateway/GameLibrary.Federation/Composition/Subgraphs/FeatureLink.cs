using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>
/// A specification a schema links with <c>@link(url:, as:, import:)</c>, and the names its elements have in that schema:
/// imported ones under their (possibly renamed) import, the others as <c>alias__name</c>.
/// </summary>
internal sealed class FeatureLink(FeatureUrl url, string alias, IReadOnlyList<LinkImport> imports)
{
    public FeatureUrl Url { get; } = url;

    public string Alias { get; } = alias;

    public IReadOnlyList<LinkImport> Imports { get; } = imports;

    /// <summary>The name a directive of the specification has in the schema.</summary>
    public string DirectiveName(string nameInFeature) =>
        Imports.FirstOrDefault(i => i.IsDirective && i.Name == nameInFeature)?.LocalName
        ?? (nameInFeature == Url.Name ? Alias : $"{Alias}__{nameInFeature}");

    /// <summary>The name a type of the specification has in the schema.</summary>
    public string TypeName(string nameInFeature) =>
        Imports.FirstOrDefault(i => !i.IsDirective && i.Name == nameInFeature)?.LocalName ?? $"{Alias}__{nameInFeature}";

    /// <summary>The specification's name for a directive of the schema, or null when the directive is not from this specification.</summary>
    public string? DirectiveNameInFeature(string localName)
    {
        if (Imports.FirstOrDefault(i => i.IsDirective && i.LocalName == localName) is { } import)
        {
            return import.Name;
        }

        if (localName == Alias)
        {
            return Url.Name;
        }

        return localName.StartsWith(Alias + "__", StringComparison.Ordinal) ? localName[(Alias.Length + 2)..] : null;
    }

    /// <summary>Reads a <c>@link</c> application; null (and <paramref name="error"/>) when it is malformed.</summary>
    public static FeatureLink? Read(AppliedDirective link, out string? error)
    {
        error = null;
        var urlText = link.StringArgument("url");
        if (urlText is null || FeatureUrl.Parse(urlText) is not { } url)
        {
            error = $"Invalid url \"{urlText}\" for @link: it should be of the form https://specs.example/name/vX.Y.";
            return null;
        }

        var imports = new List<LinkImport>();
        var importValues = link.Argument("import") switch
        {
            ListValue list => list.Items,
            null => [],
            var single => [single],
        };
        foreach (var value in importValues)
        {
            var (name, localName) = value switch
            {
                StringValue s => (s.Text, s.Text),
                ObjectValue o => (Text(o, "name"), Text(o, "as") ?? Text(o, "name")),
                _ => (null, null),
            };
            if (name is null || localName is null)
            {
                error = $"Invalid sub-value {value} for @link(import:) argument: values should be either strings or input object values of the form {{ name: \"<importedElement>\", as: \"<alias>\" }}.";
                return null;
            }

            var isDirective = name.StartsWith('@');
            if (isDirective != localName.StartsWith('@'))
            {
                error = $"Invalid @link import renaming: directive \"{name}\" imported name should start with a '@' character, but got \"{localName}\".";
                return null;
            }

            imports.Add(new LinkImport(name.TrimStart('@'), localName.TrimStart('@'), isDirective));
        }

        return new FeatureLink(url, link.StringArgument("as") ?? url.Name, imports);
    }

    private static string? Text(ObjectValue value, string field) =>
        value.Fields.FirstOrDefault(f => f.Key == field).Value is StringValue s ? s.Text : null;
}
