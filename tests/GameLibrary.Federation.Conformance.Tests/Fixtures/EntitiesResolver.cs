using System.Collections;
using System.Text.Json.Nodes;

using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// <c>Query._entities(representations:)</c>: for each representation, the first record of
/// <c>entities.&lt;__typename&gt;</c> (for an entity interface: of its implementations) whose key values equal the
/// representation's for one of the type's resolvable <c>@key</c>s; null when none does.
/// </summary>
internal sealed class EntitiesResolver(FixtureRuntime runtime) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        IEnumerable representations = context.Arguments?["representations"].Value as IEnumerable
            ?? throw new FixtureException("_entities got no representations.");
        List<object?> entities = [];
        foreach (object? item in representations)
        {
            JsonObject representation = FixtureJson.FromClr(item) as JsonObject
                ?? throw new ExecutionError($"A representation must be an object, got {FixtureJson.FromClr(item)?.ToJsonString() ?? "null"}.");
            entities.Add(Find(representation, context.Schema));
        }

        return ValueTask.FromResult<object?>(entities);
    }

    private FixtureObject? Find(JsonObject representation, ISchema schema)
    {
        if (representation["__typename"] is not JsonValue typeValue)
        {
            throw new ExecutionError($"A representation needs a __typename: {representation.ToJsonString()}.");
        }

        string typeName = typeValue.GetValue<string>();
        EntityKey[] keys = [.. runtime.Metadata.KeysOf(typeName).Where(key => key.Resolvable)];
        if (keys.Length == 0)
        {
            throw new ExecutionError($"{typeName} has no resolvable @key in subgraph {runtime.Name}, so it cannot be fetched from it.");
        }

        foreach ((JsonObject record, string storedAs) in Candidates(typeName, schema))
        {
            foreach (EntityKey key in keys)
            {
                if (key.Fields.TryProject(representation, missingIsNull: false, static node => node, out JsonNode? given)
                    && key.Fields.TryProject(record, missingIsNull: true, runtime.Data.Resolve, out JsonNode? stored)
                    && FixtureJson.ValueEquals(given, stored))
                {
                    return new FixtureObject(record, FixtureData.TypeNameOf(record, storedAs), representation);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The records a representation may select: those stored under its type; for an entity interface whose records
    /// are stored under the implementations instead, those of every implementing type.
    /// </summary>
    private IEnumerable<(JsonObject Record, string StoredAs)> Candidates(string typeName, ISchema schema)
    {
        IEnumerable<string> types = runtime.Data.EntitiesOf(typeName).Any() || schema.AllTypes[typeName] is not IInterfaceGraphType entityInterface
            ? [typeName]
            : schema.AllTypes.OfType<IObjectGraphType>()
                .Where(type => type.ResolvedInterfaces.Any(implemented => implemented.Name == entityInterface.Name))
                .Select(type => type.Name);
        return types.SelectMany(type => runtime.Data.EntitiesOf(type).Select(record => (record, type)));
    }
}
