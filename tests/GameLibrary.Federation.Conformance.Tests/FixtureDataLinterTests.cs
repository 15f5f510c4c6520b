using System.Text.Json.Nodes;

using GameLibrary.Federation.Conformance.Tests.Fixtures;

namespace GameLibrary.Federation.Conformance.Tests;

public sealed class FixtureDataLinterTests
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        enum Color { RED GREEN }

        interface Media { id: ID! }

        type Book implements Media @key(fields: "id") { id: ID! title: String color: Color pages: Int }

        type Query {
          books: [Book!]!
          featured: Media
          book(id: ID!): Book
          count: Int
        }
        """;

    [Fact]
    public void Data_true_to_the_sdl_has_no_problems()
    {
        IReadOnlyList<string> problems = Lint("""
            {
              "Query": {
                "books": [ { "$ref": { "__typename": "Book", "id": "1" } }, { "id": "2", "title": "Inline" } ],
                "featured": { "__typename": "Book", "id": "3" },
                "book": { "$args": [ { "args": { "id": "1" }, "value": { "$ref": { "__typename": "Book", "id": "1" } } } ], "$default": null },
                "count": { "$delayMs": 10, "value": { "$sequence": true } }
              },
              "entities": { "Book": [ { "id": "1", "title": "Dune", "color": "RED", "pages": { "$error": "gone", "code": "GONE" } } ] }
            }
            """);

        Assert.Empty(problems);
    }

    [Fact]
    public void Misspelled_fields_wrong_values_and_dangling_refs_are_problems()
    {
        IReadOnlyList<string> problems = Lint("""
            {
              "Query": {
                "books": [ { "$ref": { "__typename": "Book", "id": "404" } }, { "$error": "x" } ],
                "featured": { "id": "3" },
                "book": { "$args": [ { "args": { "isbn": "1" }, "value": null } ] },
                "count": { "$echoArgs": true },
                "cuont": 1
              },
              "Mutation": {},
              "entities": { "Book": [ { "id": "1", "titel": "Dune", "color": "BLUE", "pages": "many" } ], "Author": [] }
            }
            """);

        Assert.Equal(
            [
                """Query.books[0].$ref: no record of entities.Book holds {"__typename":"Book","id":"404"}""",
                "Query.books[1]: only $ref may stand for a list item",
                "Query.featured: a record at the abstract type Media needs a __typename",
                "Query.book.$args[0].args.isbn: book has no argument isbn",
                "Query.count: $echoArgs needs a String field, count is Int",
                "Query.cuont: Query has no field cuont",
                "Mutation: the SDL has no such root type",
                "entities.Book[0].titel: Book has no field titel",
                "entities.Book[0].color: \"BLUE\" is not a value of Color",
                "entities.Book[0].pages: \"many\" is not an Int",
                "entities.Author: no object or interface type of that name in the SDL",
            ],
            problems);
    }

    private static IReadOnlyList<string> Lint(string data) =>
        FixtureDataLinter.Lint(FixtureSchema.Build(new FixtureSubgraphDefinition("books", Sdl, JsonNode.Parse(data)!.AsObject()), new FixtureSequence()));
}
