using System.Text;
using System.Text.Json;

using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Tests.Api;

namespace GameLibrary.Federation.Tests.Requests;

/// <summary>Randomly damaged documents and variables always give a result, never an exception.</summary>
public sealed class PreparerRobustnessTests
{
    private static readonly string[] Seeds =
    [
        "query Q($id: ID!, $f: Int = 3, $w: GameQuery = {title: \"x\", and: [{platform: PC}]}) { game(id: $id) { id title similar(first: $f) { id } ... on Media { title } } games(where: $w) { ...G } node(id: $id) { __typename ... on Game { tags } } } fragment G on Game { id scores platforms reviews { author { ... on Critic { name } ... on Player { level } } } }",
        "mutation M($s: Int!) { review(gameId: \"1\", stars: $s, body: \"b\") { id } deleteReview(id: 2) }",
        "{ __schema { types { name fields(includeDeprecated: true) { name } } } __type(name: \"Game\") { name } echo(value: {a: [1, 2.5, \"x\", ENUM, null, {b: true}]}) }",
        "subscription { gameAdded { id title } }",
        "query ($v: JSON, $b: Boolean = true) { echo(value: $v) @include(if: $b) search(text: \"t\", minScore: 1.5, exact: $b) { id } }",
    ];

    private static readonly string[] Insertions =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "$id", "...", "@skip(if: $b)", "@include", "on", "Game", "Query", "fragment", "query",
        "\"", "\"\"\"", "1", "-", "1e999", "null", "true", ",", "#", "\n", "id", "__typename", "__schema", "=", "!", "|", "&", "@",
        "$undefined", "{ a }", "...G", "... on Node", "\\u0000", "é", "\uD800",
    ];

    private static readonly string?[] VariableSets =
    [
        null, "{}", """{"id": 1, "s": 5, "v": {"x": [1]}, "w": {"and": [{"or": []}]}}""", "[1]", """{"id": null}""", """{"w": {"platform": "HANDHELD"}}""",
    ];

    [Fact]
    public void Damaged_documents_never_throw()
    {
        var random = new Random(20240601);
        var preparer = new OperationPreparer(TestSupergraphs.Api("library"));
        var outcomes = new HashSet<string>();
        for (var i = 0; i < 3000; i++)
        {
            var query = new StringBuilder(Seeds[random.Next(Seeds.Length)]);
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var position = random.Next(query.Length + 1);
                switch (random.Next(3))
                {
                    case 0:
                        query.Insert(position, Insertions[random.Next(Insertions.Length)]);
                        break;
                    case 1:
                        query.Remove(Math.Min(position, query.Length), Math.Min(random.Next(1, 6), query.Length - Math.Min(position, query.Length)));
                        break;
                    default:
                        var other = Seeds[random.Next(Seeds.Length)];
                        var start = random.Next(other.Length);
                        query.Insert(position, other.AsSpan(start, Math.Min(random.Next(1, 30), other.Length - start)));
                        break;
                }
            }

            var variables = VariableSets[random.Next(VariableSets.Length)];
            var result = preparer.Prepare(query.ToString(), random.Next(4) == 0 ? "Q" : null, variables is null ? null : JsonDocument.Parse(variables).RootElement);

            Assert.Equal(result.IsSuccess, result.Errors.Count == 0);
            outcomes.Add(result.IsSuccess ? "success" : result.Errors[0].Code!);
        }

        // The damage reaches every stage: parsing, validation, operation choice and variable coercion.
        Assert.Superset(
            new HashSet<string> { "success", ErrorCodes.ParseFailed, ErrorCodes.ValidationFailed, ErrorCodes.BadUserInput },
            outcomes);
    }
}
