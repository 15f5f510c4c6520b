using GameLibrary.Federation.Requests;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Tests.Requests;

public sealed class OperationPreparerTests
{
    private static GatewayError SingleError(string query, string? variables = null, string? operationName = null)
    {
        var result = TestOperations.Preparer().Prepare(query, operationName, TestOperations.Variables(variables));
        Assert.False(result.IsSuccess);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_syntax_error_is_a_parse_failure_with_its_location()
    {
        var error = SingleError("{\n  games { id }\n  game(id: ) { id }\n}");

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
        Assert.Equal([new GatewayErrorLocation(3, 12)], error.Locations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   # only a comment\n")]
    public void An_empty_document_is_a_parse_failure(string query)
    {
        var error = SingleError(query);

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Equal("Syntax Error: Unexpected <EOF>.", error.Message);
    }

    [Fact]
    public void A_lexical_error_is_a_parse_failure()
    {
        var error = SingleError("{ games(genre: \"unterminated) { id } }");

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Contains("Unterminated string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_a_validation_failure_with_its_location()
    {
        var error = SingleError("{ games { id nope } }");

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("Cannot query field 'nope' on type 'Game'.", error.Message);
        Assert.Equal([new GatewayErrorLocation(1, 14)], error.Locations);
    }

    [Theory]
    [InlineData("{ games { costPrice } }", "costPrice")]
    [InlineData("{ internalStats { count } }", "internalStats")]
    [InlineData("{ games(debug: true) { id } }", "debug")]
    [InlineData("{ games(genre: LEGACY) { id } }", "LEGACY")]
    [InlineData("{ games(filter: { includeHidden: true }) { id } }", "includeHidden")]
    [InlineData("{ search(term: \"x\") { ... on Draft { id } } }", "Draft")]
    [InlineData("{ me { email } }", "email")]
    [InlineData("{ me { library(status: ARCHIVED) { id } } }", "ARCHIVED")]
    public void Inaccessible_elements_do_not_validate(string query, string element)
    {
        var error = SingleError(query);

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains(element, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_validation_error_of_the_document_is_reported()
    {
        var result = TestOperations.Preparer().Prepare("query A($unused: Int) { games { nope } } query A { me { id } }", "A", null);

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void Type_definitions_are_not_executable()
    {
        var result = TestOperations.Preparer().Prepare("{ me { id } } type Foo { a: Int } extend schema @foo", null, null);

        Assert.Equal(["The \"Foo\" definition is not executable.", "The schema definition is not executable."], result.Errors.Select(e => e.Message));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void An_operation_type_without_a_root_type_does_not_validate()
    {
        var error = SingleError("subscription { me { id } }");

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("Schema is not configured to execute subscription operation.", error.Message);
    }

    [Theory]
    [InlineData("query A { me { id } } query B { me { name } }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { me { id } }", "B", "Unknown operation named \"B\".")]
    [InlineData("{ me { id } }", "A", "Unknown operation named \"A\".")]
    public void The_operation_to_run_must_be_determined(string query, string? operationName, string message)
    {
        var error = SingleError(query, operationName: operationName);

        Assert.Equal(ErrorCodes.OperationResolutionFailure, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_named_operation_is_chosen()
    {
        var result = TestOperations.Preparer().Prepare("query A { me { id } } mutation B { addGame(input: { title: \"x\" }) { id } }", "B", null);

        Assert.True(result.IsSuccess);
        Assert.Equal(OperationType.Mutation, result.Operation!.OperationType);
        Assert.Equal("B", result.Operation.OperationName);
        Assert.Equal("Mutation", result.Operation.RootType.Name);
    }

    [Fact]
    public void An_empty_operation_name_means_none()
    {
        Assert.True(TestOperations.Preparer().Prepare("{ me { id } }", string.Empty, null).IsSuccess);
    }

    [Fact]
    public void Documents_are_parsed_and_validated_once()
    {
        var preparer = TestOperations.Preparer();
        const string query = "query Q($id: ID!) { user(id: $id) { name } }";

        var first = preparer.Prepare(query, null, TestOperations.Variables("""{"id": "1"}""")).Operation!;
        var second = preparer.Prepare(query, null, TestOperations.Variables("""{"id": "2"}""")).Operation!;

        Assert.Same(first.Document, second.Document);
        Assert.Same(first.Operation, second.Operation);
        Assert.Equal(first.PlanKey, second.PlanKey);
        Assert.Equal(1, preparer.CachedDocuments);
        Assert.Equal("2", second.Variables["id"]!.GetValue<string>());
    }

    [Fact]
    public void Invalid_documents_are_cached_too()
    {
        var preparer = TestOperations.Preparer();

        var first = preparer.Prepare("{ nope }", null, null);
        var second = preparer.Prepare("{ nope }", null, null);

        Assert.Same(first.Errors, second.Errors);
    }

    [Fact]
    public void Plan_keys_differ_by_document_and_operation()
    {
        var preparer = TestOperations.Preparer();
        const string document = "query A { me { id } } query B { me { name } }";

        var keys = new[]
        {
            preparer.Prepare(document, "A", null).Operation!.PlanKey,
            preparer.Prepare(document, "B", null).Operation!.PlanKey,
            preparer.Prepare("query A { me { name } }", null, null).Operation!.PlanKey,
        };

        Assert.Equal(3, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("{ __schema { queryType { name } } }", true)]
    [InlineData("{ ...F } fragment F on Query { t: __type(name: \"Game\") { name } }", true)]
    [InlineData("{ ... on Query { __schema { types { name } } } }", true)]
    [InlineData("{ __typename me { id } }", false)]
    public void Introspection_at_the_root_is_flagged(string query, bool expected)
    {
        Assert.Equal(expected, TestOperations.Prepare(query).HasIntrospection);
    }
}
