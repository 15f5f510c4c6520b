using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// The data file of a fixture subgraph: <c>{ "Query": {…}, "Mutation": {…}, "entities": { "Type": [records] } }</c>.
/// Read-only once loaded, so concurrent requests can share it.
/// </summary>
internal sealed class FixtureData
{
    /// <summary>The top-level members a data file may have.</summary>
    public static readonly IReadOnlyList<string> Sections = ["Query", "Mutation", "Subscription", "entities"];

    private readonly JsonObject _root;
    private readonly JsonObject _entities;

    public FixtureData(JsonObject root)
    {
        FixtureJson.Materialize(root);
        _root = root;
        _entities = root["entities"] as JsonObject ?? [];
    }

    /// <summary>The whole data file.</summary>
    public JsonObject Root => _root;

    /// <summary>The record of a root type ("Query", "Mutation", "Subscription"); empty when the file has none.</summary>
    public JsonObject RootRecord(string dataKey) => _root[dataKey] as JsonObject ?? [];

    /// <summary>The stored records of an entity type.</summary>
    public IEnumerable<JsonObject> EntitiesOf(string typeName) =>
        (_entities[typeName] as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>The type names under <c>entities</c>.</summary>
    public IEnumerable<string> EntityTypeNames => _entities.Select(member => member.Key);

    /// <summary>True for <c>{"$…": …}</c> objects: fixture operators, never records.</summary>
    public static bool IsOperator(JsonNode? node) =>
        node is JsonObject map && map.Any(member => member.Key.StartsWith('$'));

    /// <summary>
    /// Resolves <c>{"$ref": {"__typename": "T", …}}</c> to the first record of <c>entities.T</c> that holds the given
    /// values (nested objects compared member by member, so a ref may name a nested key).
    /// </summary>
    public FixtureObject? Dereference(JsonNode? reference)
    {
        if (reference is not JsonObject { Count: > 0 } target || target["__typename"] is not JsonValue typeValue)
        {
            throw new FixtureException($"$ref needs an object with __typename, got {reference?.ToJsonString() ?? "null"}.");
        }

        string typeName = typeValue.GetValue<string>();
        JsonObject? record = EntitiesOf(typeName).FirstOrDefault(candidate => Holds(candidate, target));
        return record is null ? null : new FixtureObject(record, TypeNameOf(record, typeName));
    }

    /// <summary>A record's runtime type: its own <c>__typename</c> when it has one, else the type it was found as.</summary>
    public static string TypeNameOf(JsonObject record, string foundAs) =>
        record["__typename"] is JsonValue name ? name.GetValue<string>() : foundAs;

    /// <summary>The value with a <c>$ref</c> replaced by the record it names (used when projecting field sets).</summary>
    public JsonNode? Resolve(JsonNode? value) =>
        value is JsonObject map && map.TryGetPropertyValue("$ref", out JsonNode? reference) ? Dereference(reference)?.Record : value;

    /// <summary>True when <paramref name="value"/> holds every member of <paramref name="pattern"/> (recursively; a missing member reads as null; the pattern's <c>__typename</c>s only name types).</summary>
    private bool Holds(JsonNode? value, JsonNode? pattern)
    {
        value = Resolve(value);
        switch (pattern)
        {
            case JsonObject expected:
                return value is JsonObject actual && expected
                    .Where(member => member.Key != "__typename")
                    .All(member => Holds(actual[member.Key], member.Value));
            case JsonArray expectedItems:
                return value is JsonArray actualItems
                    && actualItems.Count == expectedItems.Count
                    && actualItems.Zip(expectedItems).All(pair => Holds(pair.First, pair.Second));
            default:
                return FixtureJson.ValueEquals(value, pattern);
        }
    }
}
