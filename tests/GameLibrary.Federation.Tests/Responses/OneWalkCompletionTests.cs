using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Tests.Execution;
using GameLibrary.Federation.Responses;
using GameLibrary.Federation.Tests.Api;
using GameLibrary.Federation.Tests.Requests;

namespace GameLibrary.Federation.Tests.Responses;

/// <summary>
/// The writer completes and writes the data in one walk into a per-thread scratch buffer, copied after the errors;
/// after a failure it walks again straight into the response. Both routes, and a writer that gets no scratch (an
/// indented one), must give the same response, with the target writer's own escaping.
/// </summary>
public sealed class OneWalkCompletionTests
{
    public static TheoryData<string, string, string?> Cases => new()
    {
        // Nothing fails: the scratch copy is the data.
        { "{ games { id t: title title __typename } node(id: 2) { __typename id } }", """{"games":[{"id":"1","t":"A","title":"A"},{"id":"2","t":"B","title":"B"}],"node":{"__typename":"Game","id":"2"}}""", null },

        // A failure deep in a list after much was written: the second walk writes it, the failed item as null.
        { "{ games { id } game(id: 1) { reviews { id body } } }", """{"games":[{"id":"1"}],"game":{"reviews":[{"id":"r1","body":"ok"},{"id":"r2","body":null}]}}""", null },

        // Inside a list, through an abstract type: aliases, __typename, and a null propagating to the nullable item.
        { "{ game(id: 1) { reviews { id author { kind: __typename ... on Critic { n: name outlet } ... on Player { name level } } } } }", """{"game":{"reviews":[{"id":"r1","author":{"__typename":"Player","name":"P","level":3}},{"id":"r2","author":{"__typename":"Critic","n":null,"outlet":"O"}}]}}""", null },

        // A null a given error explains: no error is added, yet the parent is nulled, so the first walk's output is not used.
        { "{ game(id: 1) { title } node(id: 2) { id } }", """{"game":{"title":null},"node":{"__typename":"Game","id":"2"}}""", "game,title" },

        // @skip/@include next to a failure.
        { "{ game(id: 1) { id title @skip(if: true) reviews @include(if: true) { id body } } }", """{"game":{"id":"1","title":"T","reviews":[{"id":"r","body":null}]}}""", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compact_and_indented_writers_give_the_same_response(string query, string data, string? errorPath)
    {
        var compact = Write(query, data, errorPath, new JsonWriterOptions());
        var indented = Write(query, data, errorPath, new JsonWriterOptions { Indented = true });

        Assert.NotEqual(compact, indented);
        Assert.Equal(compact, JsonNode.Parse(indented)!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writing_twice_gives_the_same_response(string query, string data, string? errorPath)
    {
        // The scratch is reused per thread: what one response left there must not reach the next.
        var first = Write(query, data, errorPath, new JsonWriterOptions());
        var second = Write(query, data, errorPath, new JsonWriterOptions());

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_null_explained_by_a_given_error_still_nulls_its_parent()
    {
        var response = Write("{ game(id: 1) { title } node(id: 2) { id } }", """{"game":{"title":null},"node":{"__typename":"Game","id":"2"}}""", "game,title", new JsonWriterOptions());

        Assert.Equal(
            """{"errors":[{"message":"failed","path":["game","title"],"extensions":{"code":"DOWNSTREAM"}}],"data":{"game":null,"node":{"id":"2"}}}""",
            response);
    }

    [Fact]
    public void The_data_is_escaped_as_the_target_writer_escapes()
    {
        const string query = "{ game(id: 1) { id title } }";
        const string data = """{"game":{"id":"1","title":"<é>"}}""";

        var strict = Write(query, data, null, new JsonWriterOptions());
        var relaxed = Write(query, data, null, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var strictAgain = Write(query, data, null, new JsonWriterOptions());

        Assert.Equal("""{"data":{"game":{"id":"1","title":"\u003C\u00E9\u003E"}}}""", strict);
        Assert.Equal("""{"data":{"game":{"id":"1","title":"<é>"}}}""", relaxed);
        Assert.Equal(strict, strictAgain);
    }

    private static string Write(string query, string data, string? errorPath, JsonWriterOptions options)
    {
        var operation = TestOperations.Prepare(query, null, scenario: "library");
        IReadOnlyList<GatewayError> errors = errorPath is null ? [] : [GatewayError.WithCode("failed", "DOWNSTREAM", errorPath.Split(','))];
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            ResponseWriter.Write(writer, TestSupergraphs.Api("library"), operation, ResultStoreJson.Store(data), errors, extensions: null);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
