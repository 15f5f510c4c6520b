using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Selections;

/// <summary>Turns parsed selection sets (of an operation, with its fragments, or of a field set) into <see cref="SelectionList"/>s.</summary>
internal sealed class SelectionNormalizer
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);

    /// <summary>Creates a normalizer for a document's fragments (none for field sets).</summary>
    public SelectionNormalizer(GraphQLDocument? document = null)
    {
        foreach (var definition in document?.Definitions ?? [])
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                _fragments[fragment.FragmentName.Name.StringValue] = fragment;
            }
        }
    }

    /// <summary>
    /// Normalizes a selection set: fragment spreads become inline fragments with the spread's directives; selections
    /// a literal <c>@skip</c>/<c>@include</c> excludes are pruned.
    /// </summary>
    public SelectionList Normalize(GraphQLSelectionSet selectionSet) => Normalize(selectionSet, []);

    private SelectionList Normalize(GraphQLSelectionSet selectionSet, HashSet<string> spreading)
    {
        var items = new List<Selection>(selectionSet.Selections.Count);
        foreach (var node in selectionSet.Selections)
        {
            switch (node)
            {
                case GraphQLField field:
                {
                    if (Directives(field.Directives) is not { } directives)
                    {
                        break;
                    }

                    items.Add(new FieldSelection(
                        field.Alias?.Name.StringValue,
                        field.Name.StringValue,
                        field.Arguments,
                        GraphQLPrinter.Arguments(field.Arguments),
                        directives,
                        GraphQLPrinter.Directives(directives),
                        field.SelectionSet is null ? null : Normalize(field.SelectionSet, spreading)));
                    break;
                }

                case GraphQLInlineFragment inline:
                {
                    if (Directives(inline.Directives) is not { } directives)
                    {
                        break;
                    }

                    items.Add(new FragmentSelection(
                        inline.TypeCondition?.Type.Name.StringValue,
                        directives,
                        GraphQLPrinter.Directives(directives),
                        Normalize(inline.SelectionSet, spreading)));
                    break;
                }

                case GraphQLFragmentSpread spread:
                {
                    if (Directives(spread.Directives) is not { } directives)
                    {
                        break;
                    }

                    var name = spread.FragmentName.Name.StringValue;
                    if (!_fragments.TryGetValue(name, out var definition))
                    {
                        throw new QueryPlanningException($"Unknown fragment \"{name}\".");
                    }

                    if (!spreading.Add(name))
                    {
                        throw new QueryPlanningException($"Fragment \"{name}\" spreads itself.");
                    }

                    items.Add(new FragmentSelection(
                        definition.TypeCondition.Type.Name.StringValue,
                        directives,
                        GraphQLPrinter.Directives(directives),
                        Normalize(definition.SelectionSet, spreading)));
                    spreading.Remove(name);
                    break;
                }
            }
        }

        return new SelectionList(items);
    }

    /// <summary>
    /// The directives to keep, or null when a literal <c>@skip(if: true)</c>/<c>@include(if: false)</c> excludes the
    /// selection; literals that keep it are dropped (they mean nothing to a subgraph or to the plan).
    /// </summary>
    private static IReadOnlyList<GraphQLDirective>? Directives(GraphQLDirectives? directives)
    {
        if (directives is null || directives.Count == 0)
        {
            return [];
        }

        List<GraphQLDirective>? kept = null;
        for (var i = 0; i < directives.Count; i++)
        {
            switch (SelectionCondition.Literal(directives[i]))
            {
                case false:
                    return null;
                case true:
                    kept ??= [.. directives.Items.Take(i)];
                    break;
                default:
                    kept?.Add(directives[i]);
                    break;
            }
        }

        return kept ?? directives.Items;
    }
}
