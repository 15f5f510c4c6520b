using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;
using GameLibrary.Federation.Requests;

using GraphQLParser.AST;

namespace GameLibrary.Federation.DemandControl;

/// <summary>
/// Estimates what an operation will cost before it runs, from the document and the request's variables alone (no
/// plan, no subgraph), with Apollo's demand-control rules: a field of an object, interface or union type costs 1,
/// a scalar or enum field 0, a <c>@cost(weight:)</c> on the field or its type replaces that, a list multiplies its
/// item's cost (the field's own plus its selections') by its size, weighted arguments add their weight, and a
/// mutation adds 10. A list's size is its <c>@listSize</c> slicing arguments' value, else its <c>assumedSize</c>; a
/// field without <c>@listSize</c> is sized by its conventional slicing argument (<c>first</c>, <c>last</c>,
/// <c>limit</c>: literal, variable or schema default), which on a connection sizes its lists (<c>edges</c>,
/// <c>nodes</c>); anything else is the default list size. Fragments add up (an upper bound for abstract types);
/// <c>@skip</c>/<c>@include</c> are applied; introspection fields cost nothing (the gateway answers them itself).
/// </summary>
internal sealed class CostEstimator(ApiSchema schema, CostDirectives directives, OperationLimits limits)
{
    /// <summary>What a mutation costs on top of its fields (Apollo's value).</summary>
    public const double MutationCost = 10;

    /// <summary>The estimated cost of one operation with the given coerced variables.</summary>
    public double Estimate(PreparedDocument document, GraphQLOperationDefinition operation, ApiType rootType, JsonObject variables)
    {
        var walk = new Walk(this, document, variables);
        var cost = walk.SelectionSet(rootType, operation.SelectionSet, sizedChildren: null, sizedFields: null);
        return operation.Operation == OperationType.Mutation ? cost + MutationCost : cost;
    }

    private sealed class Walk(CostEstimator estimator, PreparedDocument document, JsonObject variables)
    {
        private readonly Dictionary<(string Fragment, string Type, int? Size, IReadOnlyList<string>? Fields), double> _fragments = [];

        public double SelectionSet(ApiType type, GraphQLSelectionSet selectionSet, int? sizedChildren, IReadOnlyList<string>? sizedFields)
        {
            double cost = 0;
            HashSet<string>? spread = null;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when FieldCollector.ShouldInclude(field.Directives, variables):
                        cost += Field(type, field, sizedChildren, sizedFields);
                        break;
                    case GraphQLInlineFragment inline when FieldCollector.ShouldInclude(inline.Directives, variables):
                        var inlineType = inline.TypeCondition is null ? type : estimator.Schema.GetType(inline.TypeCondition.Type.Name.StringValue) ?? type;
                        cost += SelectionSet(inlineType, inline.SelectionSet, sizedChildren, sizedFields);
                        break;
                    case GraphQLFragmentSpread fragmentSpread when FieldCollector.ShouldInclude(fragmentSpread.Directives, variables):
                        // A fragment spread twice into one selection set selects its fields once.
                        var name = fragmentSpread.FragmentName.Name.StringValue;
                        if ((spread ??= new HashSet<string>(StringComparer.Ordinal)).Add(name)
                            && document.Fragments.TryGetValue(name, out var fragment))
                        {
                            cost += Fragment(type, name, fragment, sizedChildren, sizedFields);
                        }

                        break;
                }
            }

            return cost;
        }

        /// <summary>
        /// A fragment's cost, computed once per context: fragments spreading fragments twice over would otherwise be
        /// walked exponentially often (the variables, and so the skips and sizes inside, are the same every time).
        /// </summary>
        private double Fragment(ApiType type, string name, GraphQLFragmentDefinition fragment, int? sizedChildren, IReadOnlyList<string>? sizedFields)
        {
            var key = (name, type.Name, sizedChildren, sizedFields);
            if (_fragments.TryGetValue(key, out var known))
            {
                return known;
            }

            var fragmentType = estimator.Schema.GetType(fragment.TypeCondition.Type.Name.StringValue) ?? type;
            var cost = SelectionSet(fragmentType, fragment.SelectionSet, sizedChildren, sizedFields);
            _fragments[key] = cost;
            return cost;
        }

        private double Field(ApiType parent, GraphQLField node, int? sizedChildren, IReadOnlyList<string>? sizedFields)
        {
            var name = node.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal) || parent.GetField(name) is not { } definition)
            {
                return 0;
            }

            var directives = estimator.Directives;
            var itemType = definition.Type.NamedType;
            var weight = directives.FieldWeight(parent.Name, name) ?? directives.TypeWeight(itemType.Name) ?? (itemType.IsComposite ? 1 : 0);
            var listSize = directives.ListSize(parent.Name, name);
            var slice = Slice(definition, node, listSize?.SlicingArguments ?? (IEnumerable<string>)estimator.Limits.SlicingArguments);
            var isList = IsList(definition.Type);

            // A sliced field that is not a list is a connection: its slicing arguments size its lists.
            int? childSize = null;
            IReadOnlyList<string>? childFields = null;
            if (slice is not null && (!isList || listSize?.SizedFields.Count > 0))
            {
                childSize = slice;
                childFields = listSize?.SizedFields is { Count: > 0 } named ? named : null;
            }

            var selections = node.SelectionSet is null ? 0 : SelectionSet(itemType, node.SelectionSet, childSize, childFields);
            double size = 1;
            if (isList)
            {
                var inherited = sizedChildren is not null && (sizedFields is null || sizedFields.Contains(name)) ? sizedChildren : null;
                size = (listSize?.SizedFields.Count > 0 ? null : slice) ?? inherited ?? listSize?.AssumedSize ?? estimator.Limits.DefaultListSize;
            }

            return (size * (weight + selections)) + Arguments(parent, definition, node);
        }

        private double Arguments(ApiType parent, ApiField definition, GraphQLField node)
        {
            if (!estimator.Directives.HasArgumentWeights || node.Arguments is null)
            {
                return 0;
            }

            double cost = 0;
            foreach (var argument in node.Arguments.Items)
            {
                cost += estimator.Directives.ArgumentWeight(parent.Name, definition.Name, argument.Name.StringValue) ?? 0;
            }

            return cost;
        }

        /// <summary>The largest value given to one of the slicing arguments (literal, variable or default); null when none is.</summary>
        private int? Slice(ApiField definition, GraphQLField node, IEnumerable<string> slicingArguments)
        {
            int? size = null;
            foreach (var argumentName in slicingArguments)
            {
                var argumentDefinition = definition.Arguments.FirstOrDefault(a => a.Name == argumentName);
                if (argumentDefinition is null)
                {
                    continue;
                }

                var given = node.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == argumentName)?.Value;
                var value = given switch
                {
                    GraphQLIntValue literal => ParseInt(literal.Value.Span),
                    GraphQLVariable variable when variables.TryGetPropertyValue(variable.Name.StringValue, out var bound) =>
                        Number(bound),
                    GraphQLVariable => Default(argumentDefinition),
                    null => Default(argumentDefinition),
                    _ => null,
                };
                if (value is { } v && (size is null || v > size))
                {
                    size = Math.Max(v, 0);
                }
            }

            return size;
        }

        private static int? Number(JsonNode? node) => node is not JsonValue value ? null
            : value.TryGetValue<int>(out var small) ? small
            : value.TryGetValue<long>(out var large) ? (int)Math.Clamp(large, int.MinValue, int.MaxValue)
            : value.TryGetValue<double>(out var real) ? (int)Math.Clamp(real, int.MinValue, int.MaxValue)
            : null;

        private static int? Default(ApiInputValue argument) => argument.DefaultValue is GraphQLIntValue literal ? ParseInt(literal.Value.Span) : null;

        private static int? ParseInt(ReadOnlySpan<char> text) => int.TryParse(text, out var value) ? value : null;

        private static bool IsList(ApiTypeRef type) => type.Nullable.IsList;
    }

    private ApiSchema Schema => schema;

    private CostDirectives Directives => directives;

    private OperationLimits Limits => limits;
}
