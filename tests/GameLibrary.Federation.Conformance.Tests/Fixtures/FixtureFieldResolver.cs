using System.Text.Json.Nodes;

using GraphQL;
using GraphQL.Resolvers;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// Resolves one field of a fixture subgraph from the parent's record: the stored value, its operators evaluated.
/// A field with <c>@requires</c> reached through <c>_entities</c> first checks that the representation carried the
/// required fields with the values the record stores.
/// </summary>
internal sealed class FixtureFieldResolver(FixtureRuntime runtime, string typeName, string fieldName) : IFieldResolver
{
    /// <summary>The error code of a requires check that failed: the gateway sent the wrong required data.</summary>
    public const string RequiresMismatchCode = "REQUIRES_MISMATCH";

    private readonly FixtureValues _values = new(runtime);
    private readonly string? _rootDataKey = runtime.Metadata.RootDataKeyOf(typeName);
    private readonly FieldSet? _requires = runtime.Metadata.RequiresOf(typeName, fieldName);

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        FixtureObject parent = _rootDataKey is null
            ? (FixtureObject)context.Source!
            : new FixtureObject(runtime.Data.RootRecord(_rootDataKey), typeName);

        if (_requires is not null && parent.Representation is { } representation)
        {
            CheckRequires(_requires, parent.Record, representation);
        }

        object? value = await _values.EvaluateAsync(parent.Record[fieldName], context).ConfigureAwait(false);
        return _values.Complete(value, context.FieldDefinition.ResolvedType!);
    }

    private void CheckRequires(FieldSet requires, JsonObject record, JsonObject representation)
    {
        requires.TryProject(record, missingIsNull: true, runtime.Data.Resolve, out JsonNode? expected);
        bool carried = requires.TryProject(representation, missingIsNull: false, static node => node, out JsonNode? actual);
        if (!carried || !FixtureJson.ValueEquals(expected, actual))
        {
            string got = carried ? actual!.ToJsonString() : $"a representation without some of {{{requires}}}: {representation.ToJsonString()}";
            throw new ExecutionError($"requires mismatch on {typeName}.{fieldName}: expected {expected!.ToJsonString()}, got {got}")
            {
                Code = RequiresMismatchCode,
            };
        }
    }
}
