using System.Collections.Frozen;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The shape limits of a document that validation does not judge: how many aliases it uses, how many root
/// fields each operation selects (through fragments), how many directives one selection carries, and how many
/// selections each operation has once its fragments are expanded.
/// </summary>
internal static class DocumentShape
{
    /// <summary>The errors of a parsed document that breaks one of the limits (empty: none).</summary>
    public static List<GatewayError> Check(GraphQLDocument document, FrozenDictionary<string, GraphQLFragmentDefinition> fragments, OperationLimits limits, SourceLocations locations)
    {
        var errors = new List<GatewayError>();
        var counter = new Counter(limits.MaxDirectivesPerField);
        foreach (var definition in document.Definitions)
        {
            var selectionSet = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null)
            {
                counter.Visit(selectionSet);
            }
        }

        if (counter.Aliases > limits.MaxAliases)
        {
            errors.Add(GatewayError.WithCode(
                $"The document uses {counter.Aliases} aliases; at most {limits.MaxAliases} are allowed.", ErrorCodes.MaxAliasesExceeded));
        }

        if (counter.OverDirected is { } crowded)
        {
            errors.Add(new GatewayError(
                $"A selection carries more than {limits.MaxDirectivesPerField} directives.",
                null,
                new System.Text.Json.Nodes.JsonObject { ["code"] = ErrorCodes.MaxDirectivesExceeded },
                [locations.At(crowded.Location.Start)]));
        }

        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (limits.MaxExpandedSelections is { } maxExpanded
                && new ExpandedSelections(fragments, maxExpanded).Of(operation.SelectionSet) > maxExpanded)
            {
                var name = operation.Name is null ? "The operation" : $"Operation \"{operation.Name.StringValue}\"";
                errors.Add(GatewayError.WithCode(
                    $"{name} has more than {maxExpanded} selections once its fragments are expanded.", ErrorCodes.MaxNodesExceeded));
                continue;
            }

            var rootFields = CountRootFields(operation.SelectionSet, fragments, []);
            if (rootFields > limits.MaxRootFields)
            {
                var name = operation.Name is null ? "The operation" : $"Operation \"{operation.Name.StringValue}\"";
                errors.Add(GatewayError.WithCode(
                    $"{name} selects {rootFields} root fields; at most {limits.MaxRootFields} are allowed.", ErrorCodes.MaxRootFieldsExceeded));
            }
        }

        return errors;
    }

    /// <summary>Root field selections, counting each fragment once per operation (its fields merge).</summary>
    private static int CountRootFields(GraphQLSelectionSet selectionSet, FrozenDictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visited)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count += selection switch
            {
                GraphQLField field => field.Name.Value.Span.StartsWith("__") ? 0 : 1,
                GraphQLInlineFragment inline => CountRootFields(inline.SelectionSet, fragments, visited),
                GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue)
                    && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) => CountRootFields(fragment.SelectionSet, fragments, visited),
                _ => 0,
            };
        }

        return count;
    }

    /// <summary>Counts aliases and finds the first selection with too many directives, iteratively (depth is already bounded).</summary>
    private sealed class Counter(int maxDirectives)
    {
        public int Aliases { get; private set; }

        public ASTNode? OverDirected { get; private set; }

        public void Visit(GraphQLSelectionSet root)
        {
            var pending = new Stack<GraphQLSelectionSet>();
            pending.Push(root);
            while (pending.TryPop(out var selectionSet))
            {
                foreach (var selection in selectionSet.Selections)
                {
                    var directives = (selection as IHasDirectivesNode)?.Directives?.Items.Count ?? 0;
                    if (directives > maxDirectives && OverDirected is null)
                    {
                        OverDirected = selection;
                    }

                    switch (selection)
                    {
                        case GraphQLField field:
                            if (field.Alias is not null)
                            {
                                Aliases++;
                            }

                            if (field.SelectionSet is not null)
                            {
                                pending.Push(field.SelectionSet);
                            }

                            break;
                        case GraphQLInlineFragment inline:
                            pending.Push(inline.SelectionSet);
                            break;
                    }
                }
            }
        }
    }
}
