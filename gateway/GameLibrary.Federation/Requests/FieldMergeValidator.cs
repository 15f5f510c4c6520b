using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The spec's "Field Selection Merging" rule (FieldsInSetCanMerge, SameResponseShape), replacing
/// GraphQL.NET's OverlappingFieldsCanBeMerged, which compares fields and fragments pairwise and takes
/// seconds — or overflows the stack — on documents a client can send within the token limit (thousands
/// of identical fields or fragments, long fragment chains).
/// </summary>
/// <remarks>
/// The algorithm is the one Apollo's compiler uses (after Xing's "fast field merging"): the fields of a
/// response name are compared with the first of them rather than with each other (the relations are
/// transitive), and the sub-selections of all of them are merged into one set of distinct field nodes
/// (a fragment spread in several places contributes its nodes once) that is checked recursively. Work is
/// linear in the number of distinct (node, response path) pairs. Selections inside <c>__schema</c> and
/// <c>__type</c> are not checked: their types are GraphQL.NET's, not the API schema's.
/// </remarks>
internal sealed class FieldMergeValidator
{
    private static readonly ApiType StringType = ApiType.BuiltInScalar("String");
    private static readonly ApiTypeRef TypeNameType = ApiTypeRef.NonNullOf(ApiTypeRef.Named(StringType));

    private readonly ApiSchema _schema;
    private readonly IReadOnlyDictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly SourceLocations _locations;
    private readonly List<GatewayError> _errors = [];
    private readonly HashSet<(int, int)> _reported = [];

    private FieldMergeValidator(ApiSchema schema, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments, SourceLocations locations)
    {
        _schema = schema;
        _fragments = fragments;
        _locations = locations;
    }

    /// <summary>
    /// Checks every operation of a document that passed the other validation rules (so it has no fragment
    /// cycles and bounded depth); returns GRAPHQL_VALIDATION_FAILED errors.
    /// </summary>
    public static List<GatewayError> Validate(ApiSchema schema, GraphQLDocument document, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments, SourceLocations locations)
    {
        var validator = new FieldMergeValidator(schema, fragments, locations);
        try
        {
            foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            {
                var fields = new FieldSet();
                fields.Add(validator, operation.SelectionSet, schema.RootType(operation.Operation));
                validator.CheckSet(fields.Entries, []);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            validator._errors.Add(new GatewayError(
                "The document is too deeply nested to check that its fields can be merged.",
                null,
                new JsonObject { ["code"] = ErrorCodes.ValidationFailed }));
        }

        return validator._errors;
    }

    private void CheckSet(List<Entry> fields, List<string> path)
    {
        foreach (var group in GroupByResponseName(fields))
        {
            path.Add(group.Key);
            SameForCommonParents(group.Value, path);
            SameResponseShape(group.Value, path);
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>
    /// The response path a conflict is reported under: below a single field, the sub-selection is that
    /// field's own selection set, so a conflict there is reported as one of that set (as graphql-js does);
    /// below merged fields it is one of their "subfields".
    /// </summary>
    private static List<string> SubPath(List<Entry> fields, List<string> path) => fields.Count == 1 ? [] : path;

    /// <summary>Every field of a response name must have the same response shape as the first.</summary>
    private void SameResponseShape(List<Entry> fields, List<string> path)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var first = fields[0];
        foreach (var other in fields.Skip(1))
        {
            if (first.Type is not null && other.Type is not null && TypesConflict(first.Type, other.Type))
            {
                Report(path, $"they return conflicting types \"{first.Type}\" and \"{other.Type}\"", first, other);
                return;
            }
        }

        var subfields = MergedSubfields(fields);
        var subPath = SubPath(fields, path);
        foreach (var group in GroupByResponseName(subfields))
        {
            subPath.Add(group.Key);
            SameResponseShape(group.Value, subPath);
            subPath.RemoveAt(subPath.Count - 1);
        }
    }

    /// <summary>Fields whose parents may be the same object must be the same field with the same arguments.</summary>
    private void SameForCommonParents(List<Entry> fields, List<string> path)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var group in GroupByCommonParents(fields))
        {
            var first = group[0];
            foreach (var other in group.Skip(1))
            {
                if (first.Name != other.Name)
                {
                    Report(path, $"\"{first.Name}\" and \"{other.Name}\" are different fields", first, other);
                    return;
                }

                if (!SameArguments(first.Node.Arguments, other.Node.Arguments))
                {
                    Report(path, "they have differing arguments", first, other);
                    return;
                }
            }

            var subfields = MergedSubfields(group);
            var subPath = SubPath(group, path);
            foreach (var subgroup in GroupByResponseName(subfields))
            {
                subPath.Add(subgroup.Key);
                SameForCommonParents(subgroup.Value, subPath);
                subPath.RemoveAt(subPath.Count - 1);
            }
        }
    }

    /// <summary>
    /// Groups fields by the object type their parent may be at runtime: one group per object parent type,
    /// each with the fields of abstract parents added; one group of them all when no parent is an object type.
    /// </summary>
    private static List<List<Entry>> GroupByCommonParents(List<Entry> fields)
    {
        var abstractParents = new List<Entry>();
        var byObjectType = new Dictionary<ApiType, List<Entry>>();
        var order = new List<ApiType>();
        foreach (var field in fields)
        {
            if (field.Parent is { Kind: ApiTypeKind.Object } objectType)
            {
                if (!byObjectType.TryGetValue(objectType, out var list))
                {
                    byObjectType[objectType] = list = [];
                    order.Add(objectType);
                }

                list.Add(field);
            }
            else
            {
                abstractParents.Add(field);
            }
        }

        if (order.Count == 0)
        {
            return [abstractParents];
        }

        return order.Select(t => abstractParents.Count == 0 ? byObjectType[t] : [.. byObjectType[t], .. abstractParents]).ToList();
    }

    private List<Entry> MergedSubfields(List<Entry> fields)
    {
        var merged = new FieldSet();
        foreach (var field in fields)
        {
            if (field.Node.SelectionSet is { } selectionSet && field.Type is { } type && type.NamedType.IsComposite)
            {
                merged.Add(this, selectionSet, type.NamedType);
            }
        }

        return merged.Entries;
    }

    private static Dictionary<string, List<Entry>> GroupByResponseName(List<Entry> fields)
    {
        var groups = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var key = field.Node.Alias?.Name.StringValue ?? field.Name;
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(field);
        }

        return groups;
    }

    /// <summary>graphql-js's doTypesConflict: lists and non-null wrappers must line up, leaf types must be equal.</summary>
    private static bool TypesConflict(ApiTypeRef first, ApiTypeRef second)
    {
        if (first.IsList || second.IsList)
        {
            return !(first.IsList && second.IsList) || TypesConflict(first.OfType!, second.OfType!);
        }

        if (first.IsNonNull || second.IsNonNull)
        {
            return !(first.IsNonNull && second.IsNonNull) || TypesConflict(first.OfType!, second.OfType!);
        }

        return (!first.NamedType.IsComposite || !second.NamedType.IsComposite) && first.NamedType.Name != second.NamedType.Name;
    }

    /// <summary>Same argument names with the same printed values (graphql-js compares printed values too).</summary>
    private static bool SameArguments(GraphQLArguments? first, GraphQLArguments? second)
    {
        var firstItems = first?.Items ?? [];
        var secondItems = second?.Items ?? [];
        if (firstItems.Count != secondItems.Count)
        {
            return false;
        }

        foreach (var argument in firstItems)
        {
            var match = secondItems.FirstOrDefault(a => a.Name == argument.Name);
            if (match is null || Print(match.Value) != Print(argument.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static string Print(GraphQLValue value) => value switch
    {
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLStringValue s => "\"" + s.Value + "\"",
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLVariable v => "$" + v.Name.StringValue,
        _ => new SDLPrinter().Print(value),
    };

    /// <summary>Reports a conflicting pair of field nodes once, whichever check finds it first.</summary>
    private void Report(List<string> path, string reason, Entry first, Entry other)
    {
        var pair = first.Node.Location.Start < other.Node.Location.Start
            ? (first.Node.Location.Start, other.Node.Location.Start)
            : (other.Node.Location.Start, first.Node.Location.Start);
        if (!_reported.Add(pair))
        {
            return;
        }

        var message = new StringBuilder("Fields \"").Append(path[0]).Append("\" conflict because ");
        foreach (var key in path.Skip(1))
        {
            message.Append("subfields \"").Append(key).Append("\" conflict because ");
        }

        message.Append(reason).Append(". Use different aliases on the fields to fetch both if this was intentional.");
        var locations = new List<GatewayErrorLocation> { _locations.At(pair.Item1), _locations.At(pair.Item2) };
        _errors.Add(new GatewayError(message.ToString(), null, new JsonObject { ["code"] = ErrorCodes.ValidationFailed }, locations));
    }

    /// <summary>A field node with the type it is selected on and its definition there (when known).</summary>
    private sealed record Entry(GraphQLField Node, string Name, ApiType? Parent, ApiTypeRef? Type);

    /// <summary>A merged set of distinct field nodes, collected through fragments and inline fragments.</summary>
    private sealed class FieldSet
    {
        private readonly HashSet<GraphQLField> _seen = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<Entry> Entries { get; } = [];

        public void Add(FieldMergeValidator validator, GraphQLSelectionSet selectionSet, ApiType? parent)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when _seen.Add(field):
                        var name = field.Name.StringValue;

                        // __schema and __type take part under their response name (an alias shared with another field
                        // is a conflict), but without a type: their selections are GraphQL.NET's to check, not ours.
                        var type = name switch
                        {
                            "__typename" => TypeNameType,
                            "__schema" or "__type" => null,
                            _ => parent?.GetField(name)?.Type,
                        };
                        Entries.Add(new Entry(field, name, parent, type));
                        break;
                    case GraphQLInlineFragment inline:
                        var inlineType = inline.TypeCondition is null ? parent : validator._schema.GetType(inline.TypeCondition.Type.Name.StringValue);
                        Add(validator, inline.SelectionSet, inlineType);
                        break;
                    case GraphQLFragmentSpread spread:
                        var fragmentName = spread.FragmentName.Name.StringValue;
                        if (_visitedFragments.Add(fragmentName) && validator._fragments.TryGetValue(fragmentName, out var fragment))
                        {
                            Add(validator, fragment.SelectionSet, validator._schema.GetType(fragment.TypeCondition.Type.Name.StringValue));
                        }

                        break;
                }
            }
        }
    }
}
