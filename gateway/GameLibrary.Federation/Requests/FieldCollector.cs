using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The spec's CollectFields: groups a selection set's fields by response key for a runtime object type,
/// in document order, following fragment spreads (each at most once) and inline fragments whose type
/// condition applies, and skipping selections excluded by <c>@skip</c>/<c>@include</c>.
/// </summary>
internal static class FieldCollector
{
    /// <summary>Collects the fields of one selection set.</summary>
    public static List<CollectedField> Collect(ApiSchema schema, PreparedDocument document, JsonObject variables, ApiType objectType, GraphQLSelectionSet selectionSet)
    {
        var collector = new Collector(schema, document, variables, objectType);
        collector.Add(selectionSet);
        return collector.Finish();
    }

    /// <summary>The spec's CollectSubfields: merges the sub-selections of every node of a field.</summary>
    public static List<CollectedField> CollectSubfields(ApiSchema schema, PreparedDocument document, JsonObject variables, ApiType objectType, CollectedField field)
    {
        var collector = new Collector(schema, document, variables, objectType);
        foreach (var node in field.Nodes)
        {
            if (node.SelectionSet is not null)
            {
                collector.Add(node.SelectionSet);
            }
        }

        return collector.Finish();
    }

    /// <summary>Whether <c>@skip</c>/<c>@include</c> keep a selection (a null condition keeps it).</summary>
    public static bool ShouldInclude(GraphQLDirectives? directives, JsonObject variables)
    {
        if (directives is null)
        {
            return true;
        }

        foreach (var directive in directives.Items)
        {
            var name = directive.Name.Value.Span;
            if (name.SequenceEqual("skip") && Condition(directive, variables) == true)
            {
                return false;
            }

            if (name.SequenceEqual("include") && Condition(directive, variables) == false)
            {
                return false;
            }
        }

        return true;
    }

    private static bool? Condition(GraphQLDirective directive, JsonObject variables)
    {
        var argument = directive.Arguments?.Items.FirstOrDefault(a => a.Name.Value.Span.SequenceEqual("if"));
        return argument?.Value switch
        {
            GraphQLBooleanValue literal => literal.BoolValue,
            GraphQLVariable variable => variables[variable.Name.StringValue] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null,
            _ => null,
        };
    }

    private sealed class Collector(ApiSchema schema, PreparedDocument document, JsonObject variables, ApiType objectType)
    {
        private readonly List<CollectedField> _fields = [];
        private readonly Dictionary<string, CollectedField> _byKey = new(StringComparer.Ordinal);

        // One set per collection: a fragment spread twice (also under different nodes of a merged field)
        // contributes the same fields, so collecting it once is enough.
        private HashSet<string>? _visitedFragments;

        public void Add(GraphQLSelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (!ShouldInclude(field.Directives, variables))
                        {
                            continue;
                        }

                        var key = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                        if (_byKey.TryGetValue(key, out var existing))
                        {
                            existing.Nodes.Add(field);
                        }
                        else
                        {
                            var collected = new CollectedField(key, field);
                            _byKey.Add(key, collected);
                            _fields.Add(collected);
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        _visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                        if (!ShouldInclude(spread.Directives, variables) || !_visitedFragments.Add(name)
                            || !document.Fragments.TryGetValue(name, out var fragment)
                            || !Applies(fragment.TypeCondition.Type.Name.StringValue))
                        {
                            continue;
                        }

                        Add(fragment.SelectionSet);
                        break;
                    case GraphQLInlineFragment inline:
                        if (!ShouldInclude(inline.Directives, variables)
                            || (inline.TypeCondition is not null && !Applies(inline.TypeCondition.Type.Name.StringValue)))
                        {
                            continue;
                        }

                        Add(inline.SelectionSet);
                        break;
                }
            }
        }

        public List<CollectedField> Finish()
        {
            foreach (var field in _fields)
            {
                field.Definition = objectType.GetField(field.Name);
            }

            return _fields;
        }

        // An interface stands in for its unknown concrete type (an interface object's answer): fragments on it
        // and on the interfaces it implements apply.
        private bool Applies(string typeCondition) =>
            typeCondition == objectType.Name || schema.GetType(typeCondition)?.IsPossibleType(objectType.Name) == true
            || (objectType.Kind == ApiTypeKind.Interface && objectType.Interfaces.Contains(typeCondition));
    }
}
