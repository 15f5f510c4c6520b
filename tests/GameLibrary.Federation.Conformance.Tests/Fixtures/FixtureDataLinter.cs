using System.Text.Json;
using System.Text.Json.Nodes;

using GraphQL.Types;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// Checks a fixture's data file against its schema. A missing member resolves to null, so a misspelled field or a
/// dangling <c>$ref</c> would otherwise pass silently as a null in some expected response.
/// </summary>
internal sealed class FixtureDataLinter
{
    private static readonly Dictionary<string, string[]> OperatorMembers = new(StringComparer.Ordinal)
    {
        ["$ref"] = ["$ref"],
        ["$args"] = ["$args", "$default"],
        ["$echoArgs"] = ["$echoArgs"],
        ["$error"] = ["$error", "code"],
        ["$sequence"] = ["$sequence"],
        ["$delayMs"] = ["$delayMs", "value"],
    };

    private readonly ISchema _schema;
    private readonly FixtureData _data;
    private readonly List<string> _problems = [];

    private FixtureDataLinter(FixtureSchema fixture)
    {
        _schema = fixture.Schema;
        _data = fixture.Runtime.Data;
    }

    /// <summary>The problems of the data file, each naming where it is (e.g. <c>entities.Product[1].price</c>).</summary>
    public static IReadOnlyList<string> Lint(FixtureSchema fixture)
    {
        FixtureDataLinter linter = new(fixture);
        linter.LintSections();
        return linter._problems;
    }

    private void LintSections()
    {
        foreach ((string section, JsonNode? value) in _data.Root)
        {
            switch (section)
            {
                case "Query" or "Mutation" or "Subscription":
                    IObjectGraphType? rootType = section switch
                    {
                        "Query" => _schema.Query,
                        "Mutation" => _schema.Mutation,
                        _ => _schema.Subscription,
                    };
                    if (rootType is null)
                    {
                        Problem(section, "the SDL has no such root type");
                    }
                    else if (value is JsonObject root)
                    {
                        LintRecord(root, rootType, section);
                    }
                    else
                    {
                        Problem(section, "must be an object");
                    }

                    break;
                case "entities":
                    LintEntities(value);
                    break;
                default:
                    Problem(section, $"unknown section (allowed: {string.Join(", ", FixtureData.Sections)})");
                    break;
            }
        }
    }

    private void LintEntities(JsonNode? entities)
    {
        if (entities is not JsonObject types)
        {
            Problem("entities", "must be an object of type name → list of records");
            return;
        }

        foreach ((string typeName, JsonNode? records) in types)
        {
            string at = $"entities.{typeName}";
            // Records of an entity interface (stored under its name) carry the __typename of an implementation.
            IGraphType? type = _schema.AllTypes[typeName];
            if (type is not (IObjectGraphType or IInterfaceGraphType))
            {
                Problem(at, "no object or interface type of that name in the SDL");
            }
            else if (records is not JsonArray list)
            {
                Problem(at, "must be a list of records");
            }
            else
            {
                for (int index = 0; index < list.Count; index++)
                {
                    if (list[index] is JsonObject record && !FixtureData.IsOperator(record))
                    {
                        LintRecord(record, type, $"{at}[{index}]");
                    }
                    else
                    {
                        Problem($"{at}[{index}]", "must be a record (an object without $-operators)");
                    }
                }
            }
        }
    }

    private void LintRecord(JsonObject record, IGraphType staticType, string at)
    {
        IComplexGraphType? type = staticType as IObjectGraphType;
        if (record["__typename"] is { } typeName)
        {
            IObjectGraphType? concrete = typeName.GetValueKind() == JsonValueKind.String ? _schema.AllTypes[typeName.GetValue<string>()] as IObjectGraphType : null;
            if (concrete is null || !IsPossible(concrete, staticType))
            {
                Problem($"{at}.__typename", $"{typeName.ToJsonString()} is not an object type that can stand where {staticType.Name} is expected");
                return;
            }

            type = concrete;
        }
        else if (type is null)
        {
            Problem(at, $"a record at the abstract type {staticType.Name} needs a __typename");
            return;
        }

        foreach ((string fieldName, JsonNode? value) in record)
        {
            if (fieldName == "__typename")
            {
                continue;
            }

            if (type.GetField(fieldName) is { } field)
            {
                LintFieldValue(value, field, $"{at}.{fieldName}");
            }
            else
            {
                Problem($"{at}.{fieldName}", $"{type.Name} has no field {fieldName}");
            }
        }
    }

    private void LintFieldValue(JsonNode? value, FieldType field, string at)
    {
        if (value is JsonObject operation && FixtureData.IsOperator(operation))
        {
            LintOperator(operation, field, at);
        }
        else
        {
            LintValue(value, field.ResolvedType!, at);
        }
    }

    private void LintOperator(JsonObject operation, FieldType field, string at)
    {
        string[] operators = [.. operation.Select(member => member.Key).Where(key => key.StartsWith('$') && OperatorMembers.ContainsKey(key))];
        if (operators.Length != 1)
        {
            Problem(at, $"expected exactly one of {string.Join(", ", OperatorMembers.Keys)}, got {operation.ToJsonString()}");
            return;
        }

        string name = operators[0];
        foreach (string member in operation.Select(member => member.Key).Except(OperatorMembers[name]))
        {
            Problem($"{at}.{member}", $"not a member of {name} (allowed: {string.Join(", ", OperatorMembers[name])})");
        }

        string namedType = Unwrap(field.ResolvedType!).Name;
        switch (name)
        {
            case "$ref":
                LintReference(operation["$ref"], field.ResolvedType!, $"{at}.$ref");
                break;
            case "$args":
                LintArgumentCases(operation, field, at);
                break;
            case "$echoArgs" when namedType != "String":
            case "$sequence" when namedType != "Int":
                Problem(at, $"{name} needs a {(name == "$sequence" ? "Int" : "String")} field, {field.Name} is {field.ResolvedType}");
                break;
            case "$error":
                RequireKind(operation["$error"], JsonValueKind.String, $"{at}.$error");
                if (operation.ContainsKey("code"))
                {
                    RequireKind(operation["code"], JsonValueKind.String, $"{at}.code");
                }

                break;
            case "$delayMs":
                if (operation["$delayMs"] is not JsonValue delay || !delay.TryGetValue(out int milliseconds) || milliseconds < 0)
                {
                    Problem($"{at}.$delayMs", "must be a non-negative integer");
                }

                LintFieldValue(operation["value"], field, $"{at}.value");
                break;
        }
    }

    private void LintArgumentCases(JsonObject operation, FieldType field, string at)
    {
        if (operation["$args"] is not JsonArray cases)
        {
            Problem($"{at}.$args", "must be a list of {\"args\": {…}, \"value\": …} entries");
            return;
        }

        HashSet<string> arguments = [.. ((IEnumerable<QueryArgument>?)field.Arguments ?? []).Select(argument => argument.Name)];
        for (int index = 0; index < cases.Count; index++)
        {
            string entryAt = $"{at}.$args[{index}]";
            if (cases[index] is not JsonObject entry || entry["args"] is not JsonObject given)
            {
                Problem(entryAt, "must be an object with an args object");
                continue;
            }

            foreach (string member in entry.Select(member => member.Key).Except(["args", "value"]))
            {
                Problem($"{entryAt}.{member}", "an $args entry has only args and value");
            }

            foreach (string argument in given.Select(member => member.Key).Where(argument => !arguments.Contains(argument)))
            {
                Problem($"{entryAt}.args.{argument}", $"{field.Name} has no argument {argument}");
            }

            LintFieldValue(entry["value"], field, $"{entryAt}.value");
        }

        if (operation.ContainsKey("$default"))
        {
            LintFieldValue(operation["$default"], field, $"{at}.$default");
        }
    }

    private void LintValue(JsonNode? value, IGraphType type, string at)
    {
        // Null is fine anywhere: a null in a non-null position is a scenario of its own.
        if (value is null)
        {
            return;
        }

        switch (type)
        {
            case NonNullGraphType nonNull:
                LintValue(value, nonNull.ResolvedType!, at);
                break;
            case ListGraphType list when value is JsonArray items:
                for (int index = 0; index < items.Count; index++)
                {
                    if (items[index] is JsonObject item && FixtureData.IsOperator(item))
                    {
                        if (item.Count == 1 && item.ContainsKey("$ref"))
                        {
                            LintReference(item["$ref"], list.ResolvedType!, $"{at}[{index}].$ref");
                        }
                        else
                        {
                            Problem($"{at}[{index}]", "only $ref may stand for a list item");
                        }
                    }
                    else
                    {
                        LintValue(items[index], list.ResolvedType!, $"{at}[{index}]");
                    }
                }

                break;
            case ListGraphType:
                Problem(at, $"must be a list ({type})");
                break;
            case IObjectGraphType or IAbstractGraphType when value is JsonObject record:
                if (FixtureData.IsOperator(record))
                {
                    Problem(at, "operators belong at field level (or $ref as a list item)");
                }
                else
                {
                    LintRecord(record, type, at);
                }

                break;
            case IObjectGraphType or IAbstractGraphType:
                Problem(at, $"must be a record of {type.Name}");
                break;
            case EnumerationGraphType enumeration:
                if (value.GetValueKind() != JsonValueKind.String || enumeration.Values.FindByName(value.GetValue<string>()) is null)
                {
                    Problem(at, $"{value.ToJsonString()} is not a value of {enumeration.Name}");
                }

                break;
            case IntGraphType:
                if (value is not JsonValue number || !number.TryGetValue(out int _))
                {
                    Problem(at, $"{value.ToJsonString()} is not an Int");
                }

                break;
            case FloatGraphType:
                RequireKind(value, JsonValueKind.Number, at);
                break;
            case StringGraphType:
                RequireKind(value, JsonValueKind.String, at);
                break;
            case BooleanGraphType:
                if (value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Problem(at, $"{value.ToJsonString()} is not a Boolean");
                }

                break;
            case IdGraphType:
                if (value.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    Problem(at, $"{value.ToJsonString()} is not an ID");
                }

                break;
        }
    }

    private void LintReference(JsonNode? target, IGraphType expectedType, string at)
    {
        if (target is not JsonObject reference || reference["__typename"] is not JsonValue typeName || typeName.GetValueKind() != JsonValueKind.String)
        {
            Problem(at, "must be an object with a __typename");
            return;
        }

        if (_schema.AllTypes[typeName.GetValue<string>()] is not IObjectGraphType type || !IsPossible(type, Unwrap(expectedType)))
        {
            Problem(at, $"{typeName.ToJsonString()} is not an object type that can stand where {Unwrap(expectedType).Name} is expected");
        }
        else if (_data.Dereference(reference) is null)
        {
            Problem(at, $"no record of entities.{type.Name} holds {reference.ToJsonString()}");
        }
    }

    private void RequireKind(JsonNode? value, JsonValueKind kind, string at)
    {
        if (FixtureJson.KindOf(value) != kind)
        {
            Problem(at, $"{value?.ToJsonString() ?? "null"} is not a {kind}");
        }
    }

    private static bool IsPossible(IObjectGraphType concrete, IGraphType staticType) => Unwrap(staticType) switch
    {
        IObjectGraphType objectType => objectType.Name == concrete.Name,
        IInterfaceGraphType interfaceType => concrete.ResolvedInterfaces.Any(candidate => candidate.Name == interfaceType.Name),
        UnionGraphType union => union.PossibleTypes.Any(candidate => candidate.Name == concrete.Name),
        _ => false,
    };

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private void Problem(string at, string problem) => _problems.Add($"{at}: {problem}");
}
