using GameLibrary.Federation.Api;

using GraphQLParser.AST;

namespace GameLibrary.Federation.DemandControl;

/// <summary>
/// The <c>@cost</c> and <c>@listSize</c> directives (https://specs.apollo.dev/cost) a supergraph carries, by type,
/// field and argument, under the names the supergraph's <c>@link</c> gives them. The API schema drops them, so they
/// are read from the supergraph itself.
/// </summary>
internal sealed class CostDirectives
{
    private readonly Dictionary<string, int> _typeWeights = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), int> _fieldWeights = [];
    private readonly Dictionary<(string Type, string Field, string Argument), int> _argumentWeights = [];
    private readonly Dictionary<(string Type, string Field), ListSizeDirective> _listSizes = [];

    /// <summary>A supergraph without either directive.</summary>
    public static CostDirectives None { get; } = new();

    /// <summary>Whether any argument carries a weight (most supergraphs: none, so arguments need no walk).</summary>
    public bool HasArgumentWeights => _argumentWeights.Count > 0;

    /// <summary>Reads the directives of a supergraph; one that does not link the cost specification has none.</summary>
    public static CostDirectives Read(GraphQLDocument supergraph)
    {
        var feature = LinkedFeatures.Read(supergraph).FirstOrDefault(f => f.Identity == "https://specs.apollo.dev/cost");
        if (feature is null)
        {
            return None;
        }

        var costName = feature.DirectiveNameInSchema("cost");
        var listSizeName = feature.DirectiveNameInSchema("listSize");
        var directives = new CostDirectives();
        foreach (var definition in supergraph.Definitions)
        {
            if (definition is not (GraphQLTypeDefinition or GraphQLTypeExtension))
            {
                continue;
            }

            var typeName = definition is GraphQLTypeDefinition type ? type.Name.StringValue : ((GraphQLTypeExtension)definition).Name.StringValue;
            if (Weight((definition as IHasDirectivesNode)?.Directives, costName) is { } typeWeight)
            {
                directives._typeWeights[typeName] = typeWeight;
            }

            var fields = definition switch
            {
                GraphQLObjectTypeDefinition o => o.Fields,
                GraphQLObjectTypeExtension o => o.Fields,
                GraphQLInterfaceTypeDefinition i => i.Fields,
                GraphQLInterfaceTypeExtension i => i.Fields,
                _ => null,
            };
            foreach (var field in fields?.Items ?? [])
            {
                var fieldName = field.Name.StringValue;
                if (Weight(field.Directives, costName) is { } fieldWeight)
                {
                    directives._fieldWeights[(typeName, fieldName)] = fieldWeight;
                }

                if (field.Directives?.Items.FirstOrDefault(d => d.Name.StringValue == listSizeName) is { } listSize)
                {
                    directives._listSizes[(typeName, fieldName)] = new ListSizeDirective(
                        IntArgument(listSize, "assumedSize"), StringsArgument(listSize, "slicingArguments"), StringsArgument(listSize, "sizedFields"));
                }

                foreach (var argument in field.Arguments?.Items ?? [])
                {
                    if (Weight(argument.Directives, costName) is { } argumentWeight)
                    {
                        directives._argumentWeights[(typeName, fieldName, argument.Name.StringValue)] = argumentWeight;
                    }
                }
            }
        }

        return directives;
    }

    /// <summary>The <c>@cost</c> weight of a named type, if it has one.</summary>
    public int? TypeWeight(string type) => _typeWeights.TryGetValue(type, out var weight) ? weight : null;

    /// <summary>The <c>@cost</c> weight of a field, if it has one.</summary>
    public int? FieldWeight(string type, string field) => _fieldWeights.TryGetValue((type, field), out var weight) ? weight : null;

    /// <summary>The <c>@cost</c> weight of a field's argument, if it has one.</summary>
    public int? ArgumentWeight(string type, string field, string argument) =>
        _argumentWeights.TryGetValue((type, field, argument), out var weight) ? weight : null;

    /// <summary>The <c>@listSize</c> of a field, if it has one.</summary>
    public ListSizeDirective? ListSize(string type, string field) => _listSizes.GetValueOrDefault((type, field));

    private static int? Weight(GraphQLDirectives? directives, string costName) =>
        directives?.Items.FirstOrDefault(d => d.Name.StringValue == costName) is { } cost ? IntArgument(cost, "weight") : null;

    private static int? IntArgument(GraphQLDirective directive, string name) =>
        Argument(directive, name) is GraphQLIntValue value && int.TryParse(value.Value.Span, out var number) ? number : null;

    private static IReadOnlyList<string> StringsArgument(GraphQLDirective directive, string name) => Argument(directive, name) switch
    {
        GraphQLListValue list => (list.Values ?? []).OfType<GraphQLStringValue>().Select(s => s.Value.ToString()).ToList(),
        GraphQLStringValue single => [single.Value.ToString()],
        _ => [],
    };

    private static GraphQLValue? Argument(GraphQLDirective directive, string name) =>
        directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value;
}
