using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using GraphQL;
using GraphQL.Types;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// Evaluates the <c>$</c>-operators of a field's stored value and turns the outcome into what GraphQL.NET completes:
/// CLR leaves, <see cref="FixtureObject"/>s for records, lists of those.
/// </summary>
internal sealed class FixtureValues(FixtureRuntime runtime)
{
    /// <summary>Applies the field-level operators until a plain value, a record or a referenced entity remains.</summary>
    public async ValueTask<object?> EvaluateAsync(JsonNode? value, IResolveFieldContext context)
    {
        while (value is JsonObject operation && FixtureData.IsOperator(operation))
        {
            if (operation.TryGetPropertyValue("$ref", out JsonNode? reference))
            {
                return runtime.Data.Dereference(reference);
            }

            if (operation.TryGetPropertyValue("$args", out JsonNode? cases))
            {
                value = SelectByArguments(cases, operation["$default"], CoercedArguments.Read(context));
            }
            else if (operation.ContainsKey("$echoArgs"))
            {
                return JsonValue.Create(CoercedArguments.Read(context).ToJsonString(FixtureJson.Compact));
            }
            else if (operation.TryGetPropertyValue("$error", out JsonNode? message))
            {
                throw new ExecutionError(message?.GetValue<string>() ?? "error") { Code = operation["code"]?.GetValue<string>() };
            }
            else if (operation.ContainsKey("$sequence"))
            {
                return JsonValue.Create(runtime.Sequence.Next());
            }
            else if (operation.TryGetPropertyValue("$delayMs", out JsonNode? delay))
            {
                await Task.Delay(delay!.GetValue<int>(), context.CancellationToken).ConfigureAwait(false);
                value = operation["value"];
            }
            else
            {
                throw new FixtureException($"Unknown fixture operator in {operation.ToJsonString()}.");
            }
        }

        return value;
    }

    /// <summary>Converts an evaluated value to what GraphQL.NET expects for <paramref name="type"/>.</summary>
    public object? Complete(object? value, IGraphType type)
    {
        if (type is NonNullGraphType nonNull)
        {
            return Complete(value, nonNull.ResolvedType!);
        }

        switch (value)
        {
            case null:
                return null;
            case FixtureObject entity:
                return entity;
        }

        JsonNode node = (JsonNode)value;
        switch (type)
        {
            case ListGraphType list:
                if (node is not JsonArray items)
                {
                    throw new FixtureException($"Expected a list for a {type} field, got {node.ToJsonString()}.");
                }

                return items.Select(item => Complete(ResolveItem(item), list.ResolvedType!)).ToList();
            case IObjectGraphType or IAbstractGraphType:
                return node is JsonObject record
                    ? new FixtureObject(record, TypeNameOf(record, type))
                    : throw new FixtureException($"Expected a record for a {type} field, got {node.ToJsonString()}.");
            case JsonScalarGraphType:
                return node.DeepClone();
            default:
                return Leaf(node, type);
        }
    }

    private object? ResolveItem(JsonNode? item)
    {
        if (item is JsonObject operation && FixtureData.IsOperator(operation))
        {
            return operation.TryGetPropertyValue("$ref", out JsonNode? reference)
                ? runtime.Data.Dereference(reference)
                : throw new FixtureException($"Only $ref may stand for a list item, got {item.ToJsonString()}.");
        }

        return item;
    }

    /// <summary>The value of the first <c>$args</c> entry whose arguments all equal <paramref name="arguments"/>, else <paramref name="fallback"/>.</summary>
    internal static JsonNode? SelectByArguments(JsonNode? cases, JsonNode? fallback, JsonObject arguments)
    {
        foreach (JsonNode? entry in cases as JsonArray ?? throw new FixtureException("$args must be a list of {args, value} entries."))
        {
            if (entry?["args"] is not JsonObject expected)
            {
                throw new FixtureException($"An $args entry needs an args object: {entry?.ToJsonString()}.");
            }

            // An argument the entry names but the request did not give reads as null.
            if (expected.All(member => FixtureJson.ValueEquals(arguments[member.Key], member.Value)))
            {
                return entry["value"];
            }
        }

        return fallback;
    }

    private static string TypeNameOf(JsonObject record, IGraphType staticType) =>
        staticType is IObjectGraphType || record.ContainsKey("__typename")
            ? FixtureData.TypeNameOf(record, staticType.Name)
            : throw new FixtureException($"A record at the abstract type {staticType.Name} needs a __typename: {record.ToJsonString()}.");

    private static object? Leaf(JsonNode node, IGraphType type)
    {
        if (node is not JsonValue leaf)
        {
            throw new FixtureException($"Expected a {type.Name} value, got {node.ToJsonString()}.");
        }

        return leaf.GetValueKind() switch
        {
            JsonValueKind.String => leaf.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when type is IdGraphType => leaf.ToJsonString(),
            JsonValueKind.Number => Number(leaf.ToJsonString()),
            _ => null,
        };
    }

    /// <summary>Integers as int (long when too big, so that Int's range check reports it), anything else as double.</summary>
    private static object Number(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer)
            ? integer is >= int.MinValue and <= int.MaxValue ? (object)(int)integer : integer
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
