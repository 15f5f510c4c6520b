using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The type half of the spec's "All Variable Usages Are Allowed" rule: a variable's named type and list
/// structure must match the position it is used in. GraphQL.NET 8's VariablesInAllowedPosition judges only
/// nullability (it lets a <c>Boolean!</c> variable into an <c>ID!</c> argument), so this pass adds the rest.
/// It runs only on documents GraphQL.NET found valid, so fields, arguments and fragments all exist.
/// </summary>
internal sealed class VariableUsageValidator
{
    private readonly ApiSchema _schema;
    private readonly IReadOnlyDictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly SourceLocations _locations;
    private readonly List<GatewayError> _errors = [];
    private Dictionary<string, GraphQLType> _variables = [];
    private HashSet<string> _visitedFragments = [];

    private VariableUsageValidator(ApiSchema schema, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments, SourceLocations locations)
    {
        _schema = schema;
        _fragments = fragments;
        _locations = locations;
    }

    public static List<GatewayError> Validate(
        ApiSchema schema,
        GraphQLDocument document,
        IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments,
        SourceLocations locations)
    {
        var validator = new VariableUsageValidator(schema, fragments, locations);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (schema.RootType(operation.Operation) is not { } root)
            {
                continue;
            }

            validator._variables = (operation.Variables?.Items ?? [])
                .ToDictionary(v => v.Variable.Name.StringValue, v => v.Type);
            validator._visitedFragments = [];
            validator.CheckDirectives(operation.Directives);
            validator.CheckSelections(operation.SelectionSet, root);
        }

        return validator._errors;
    }

    private void CheckSelections(GraphQLSelectionSet? selectionSet, ApiType parent)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    CheckDirectives(field.Directives);
                    CheckField(field, parent);
                    break;
                case GraphQLInlineFragment inline:
                    CheckDirectives(inline.Directives);
                    CheckSelections(inline.SelectionSet, inline.TypeCondition is { } condition
                        ? _schema.GetType(condition.Type.Name.StringValue) ?? parent
                        : parent);
                    break;
                case GraphQLFragmentSpread spread:
                    CheckDirectives(spread.Directives);
                    var name = spread.FragmentName.Name.StringValue;
                    if (_visitedFragments.Add(name) && _fragments.TryGetValue(name, out var fragment)
                        && _schema.GetType(fragment.TypeCondition.Type.Name.StringValue) is { } type)
                    {
                        CheckDirectives(fragment.Directives);
                        CheckSelections(fragment.SelectionSet, type);
                    }

                    break;
            }
        }
    }

    private void CheckField(GraphQLField field, ApiType parent)
    {
        var name = field.Name.StringValue;
        if (name == "__type")
        {
            // __type(name: String!): its selections are over GraphQL.NET's introspection types, not the API schema.
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                CheckValue(argument.Value, ApiTypeRef.NonNullOf(ApiTypeRef.Named(ApiType.BuiltInScalar("String"))));
            }

            return;
        }

        if (name.StartsWith("__", StringComparison.Ordinal) || parent.GetField(name) is not { } definition)
        {
            return;
        }

        foreach (var argument in field.Arguments?.Items ?? [])
        {
            if (definition.Arguments.FirstOrDefault(a => a.Name == argument.Name.StringValue) is { } input)
            {
                CheckValue(argument.Value, input.Type);
            }
        }

        if (field.SelectionSet is not null)
        {
            CheckSelections(field.SelectionSet, definition.Type.NamedType);
        }
    }

    private void CheckDirectives(GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            if (directive.Name.StringValue is "skip" or "include")
            {
                foreach (var argument in directive.Arguments?.Items ?? [])
                {
                    CheckValue(argument.Value, ApiTypeRef.NonNullOf(ApiTypeRef.Named(ApiType.BuiltInScalar("Boolean"))));
                }
            }
        }
    }

    private void CheckValue(GraphQLValue value, ApiTypeRef location)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                if (_variables.TryGetValue(variable.Name.StringValue, out var declared) && !SameShape(declared, location))
                {
                    _errors.Add(new GatewayError(
                        $"Variable \"${variable.Name.StringValue}\" of type \"{Print(declared)}\" used in position expecting type \"{location}\".",
                        null,
                        new JsonObject { ["code"] = ErrorCodes.ValidationFailed },
                        [_locations.At(variable.Location.Start)]));
                }

                break;
            case GraphQLListValue list when location.Nullable.IsList:
                foreach (var item in list.Values ?? [])
                {
                    CheckValue(item, location.Nullable.OfType!);
                }

                break;
            case GraphQLObjectValue objectValue when location.NamedType.Kind == ApiTypeKind.InputObject:
                foreach (var field in objectValue.Fields ?? [])
                {
                    if (location.NamedType.GetInputField(field.Name.StringValue) is { } input)
                    {
                        CheckValue(field.Value, input.Type);
                    }
                }

                break;
        }
    }

    /// <summary>Same list structure and named type, ignoring non-null wrappers (GraphQL.NET judges nullability).</summary>
    private static bool SameShape(GraphQLType declared, ApiTypeRef location)
    {
        while (true)
        {
            if (declared is GraphQLNonNullType nonNull)
            {
                declared = nonNull.Type;
            }

            location = location.Nullable;
            switch (declared)
            {
                case GraphQLListType list when location.IsList:
                    declared = list.Type;
                    location = location.OfType!;
                    continue;
                case GraphQLNamedType named when !location.IsList:
                    return named.Name.StringValue == location.NamedType.Name;
                default:
                    return false;
            }
        }
    }

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => type.ToString() ?? string.Empty,
    };
}
