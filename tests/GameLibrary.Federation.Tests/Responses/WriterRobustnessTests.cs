using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Tests.Execution;
using GameLibrary.Federation.Api;
using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Responses;
using GameLibrary.Federation.Tests.Api;
using GameLibrary.Federation.Tests.Requests;

namespace GameLibrary.Federation.Tests.Responses;

/// <summary>Data trees shaped like the operation but randomly damaged always complete to valid JSON.</summary>
public sealed class WriterRobustnessTests
{
    private static readonly (string Query, string? Variables)[] Operations =
    [
        ("query Q($id: ID!, $f: Int = 3) { game(id: $id) { id title tags scores similar(first: $f) { id platforms } ... on Media { title } franchise { name parent { name } games { id } } } games { ...G } node(id: $id) { __typename id ... on Game { tags rating metadata } } } fragment G on Game { id scores platforms reviews { id body stars author { __typename ... on Critic { name outlet } ... on Player { name level } } } }", """{"id": "1"}"""),
        ("mutation { review(gameId: \"1\", stars: 1, body: \"b\") { id author { __typename } } deleteReview(id: 2) }", null),
        ("{ topReviews(limit: 3) { id stars author { ... on Player { level } } } echo(value: 1) search(text: \"x\") { __typename id ... on Game { title } } }", null),
    ];

    private readonly Random _random = new(7);

    [Fact]
    public void Damaged_data_completes_to_valid_json()
    {
        var schema = TestSupergraphs.Api("library");
        var sawErrors = false;
        var sawNullData = false;
        for (var i = 0; i < 2000; i++)
        {
            var (query, variables) = Operations[_random.Next(Operations.Length)];
            var operation = TestOperations.Prepare(query, variables, scenario: "library");
            var data = Shape(operation, operation.Fields.Root(operation.Operation.SelectionSet, operation.RootType));
            List<GatewayError> errors = _random.Next(3) == 0 ? [GatewayError.WithCode("failed", "DOWNSTREAM", ["game", "tags", 0])] : [];

            var response = JsonDocument.Parse(Respond.Write(writer => ResponseWriter.Write(writer, schema, operation, ResultStoreJson.Store(data), errors, null))).RootElement;

            Assert.True(response.TryGetProperty("data", out var written));
            sawNullData |= written.ValueKind == JsonValueKind.Null;
            sawErrors |= response.TryGetProperty("errors", out var added) && added.GetArrayLength() > errors.Count;
        }

        Assert.True(sawErrors && sawNullData);
    }

    private JsonObject Shape(PreparedOperation operation, List<CollectedField> fields)
    {
        var value = new JsonObject();
        foreach (var field in fields)
        {
            if (_random.Next(30) == 0)
            {
                continue;
            }

            value[field.ResponseKey] = field.Definition is null ? JsonValue.Create("meta") : Value(operation, field.Definition.Type, field);
        }

        return value;
    }

    private JsonNode? Value(PreparedOperation operation, ApiTypeRef type, CollectedField field)
    {
        switch (_random.Next(40))
        {
            case 0:
                return JsonValue.Create(_random.Next(10));
            case 1:
                return new JsonArray(JsonValue.Create("x"));
            case 2:
                return new JsonObject { ["x"] = 1 };
            case 3:
                return null;
        }

        var nullable = type.Nullable;
        if (nullable.IsList)
        {
            var items = new JsonArray();
            for (var i = _random.Next(4); i > 0; i--)
            {
                items.Add(Value(operation, nullable.OfType!, field));
            }

            return items;
        }

        var named = nullable.NamedType;
        if (!named.IsComposite)
        {
            return named.Name switch
            {
                "Int" => JsonValue.Create(_random.Next(100)),
                "Float" => JsonValue.Create(1.5),
                "Boolean" => JsonValue.Create(true),
                "Platform" => JsonValue.Create(_random.Next(10) == 0 ? "HANDHELD" : "PC"),
                _ => JsonValue.Create("s"),
            };
        }

        var runtime = named.IsAbstract ? named.PossibleTypes[_random.Next(named.PossibleTypes.Count)] : named;
        var value = Shape(operation, operation.Fields.Sub(field, runtime));
        if (named.IsAbstract && _random.Next(20) != 0)
        {
            value["__typename"] = runtime.Name;
        }

        return value;
    }
}
