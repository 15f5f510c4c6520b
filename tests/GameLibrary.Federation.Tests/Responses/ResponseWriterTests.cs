using System.Text.Json.Nodes;

using GameLibrary.Federation.Tests.Execution;
using GameLibrary.Federation.Responses;

namespace GameLibrary.Federation.Tests.Responses;

public sealed class ResponseWriterTests
{
    /// <summary>The 1-based column of the n-th occurrence of a text in a one-line query.</summary>
    private static int Column(string query, string text, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = query.IndexOf(text, index + 1, StringComparison.Ordinal);
        }

        return index + 1;
    }

    private static string Error(string message, string path, params int[] columns) =>
        $"{{'message':'{message}','locations':[{string.Join(",", columns.Select(c => $"{{'line':1,'column':{c}}}"))}],'path':{path},'extensions':{{'code':'INTERNAL_SERVER_ERROR'}}}}";

    [Fact]
    public void Skip_and_include_follow_the_coerced_variables()
    {
        const string query = "query ($t: Boolean!) { games { id title @include(if: $t) genre @skip(if: $t) ...F @skip(if: true) } } fragment F on Game { oldTitle }";

        var response = Respond.With(query, """{"games":[{"id":"1","title":"A","genre":"RPG","oldTitle":"B"}]}""", """{"t": false}""");

        Assert.Equal(Respond.Json("{'data':{'games':[{'id':'1','genre':'RPG'}]}}"), response);
    }

    [Fact]
    public void Requests_with_different_conditions_do_not_share_collected_fields()
    {
        const string query = "query ($a: Boolean = false, $b: Boolean!) { me { id name @include(if: $b) ... on User @skip(if: $a) { library { id } } } }";
        const string data = """{"me":{"id":"1","name":"Ann","library":[{"id":"g"}]}}""";

        var outcomes = new[] { """{"b": true}""", """{"b": false, "a": true}""", """{"b": true, "a": false}""", """{"b": false}""", """{"b": true}""" }
            .Select(variables => Respond.With(query, data, variables))
            .ToList();

        Assert.Equal(
            [
                Respond.Json("{'data':{'me':{'id':'1','name':'Ann','library':[{'id':'g'}]}}}"),
                Respond.Json("{'data':{'me':{'id':'1'}}}"),
                Respond.Json("{'data':{'me':{'id':'1','name':'Ann','library':[{'id':'g'}]}}}"),
                Respond.Json("{'data':{'me':{'id':'1','library':[{'id':'g'}]}}}"),
                Respond.Json("{'data':{'me':{'id':'1','name':'Ann','library':[{'id':'g'}]}}}"),
            ],
            outcomes);
    }

    [Fact]
    public void Requests_with_the_same_conditions_share_collected_fields()
    {
        const string query = "query ($b: Boolean!, $id: ID!) { user(id: $id) { id name @include(if: $b) } }";

        var first = Requests.TestOperations.Prepare(query, """{"b": true, "id": "1"}""");
        var second = Requests.TestOperations.Prepare(query, """{"b": true, "id": "2"}""");
        var third = Requests.TestOperations.Prepare(query, """{"b": false, "id": "1"}""");

        Assert.Same(first.Fields, second.Fields);
        Assert.NotSame(first.Fields, third.Fields);
    }

    [Fact]
    public void A_default_variable_value_drives_include()
    {
        var response = Respond.With("query ($t: Boolean = true) { me { id name @include(if: $t) } }", """{"me":{"id":"1","name":"Ann"}}""");

        Assert.Equal(Respond.Json("{'data':{'me':{'id':'1','name':'Ann'}}}"), response);
    }

    [Fact]
    public void Fields_with_the_same_response_key_are_merged_in_first_occurrence_order()
    {
        var response = Respond.With(
            "{ game(id: 1) { id } me { id } game(id: 1) { title ... on Game { id oldTitle } } }",
            """{"me":{"id":"u"},"game":{"oldTitle":"O","title":"T","id":"1"}}""");

        Assert.Equal(Respond.Json("{'data':{'game':{'id':'1','title':'T','oldTitle':'O'},'me':{'id':'u'}}}"), response);
    }

    [Fact]
    public void Interface_and_union_conditions_apply_to_possible_types()
    {
        var response = Respond.With(
            "{ games { ... on Media { title } } search(term: \"x\") { __typename ... on Game { title } ... on Company { name } ... on Media { id } } }",
            """{"games":[{"title":"A"}],"search":[{"__typename":"Company","name":"Acme","title":"no"},{"__typename":"Game","title":"B","id":"2"}]}""");

        Assert.Equal(
            Respond.Json("{'data':{'games':[{'title':'A'}],'search':[{'__typename':'Company','name':'Acme'},{'__typename':'Game','title':'B','id':'2'}]}}"),
            response);
    }

    [Fact]
    public void The_typename_at_an_object_position_is_the_static_type()
    {
        var response = Respond.With("{ game(id: 1) { __typename t: __typename } }", """{"game":{"__typename":"Other"}}""");

        Assert.Equal(Respond.Json("{'data':{'game':{'__typename':'Game','t':'Game'}}}"), response);
    }

    [Fact]
    public void Mutation_root_typename_is_the_mutation_type()
    {
        var response = Respond.With("mutation { __typename addGame(input: { title: \"x\" }) { id } }", """{"addGame":{"id":"9"}}""");

        Assert.Equal(Respond.Json("{'data':{'__typename':'Mutation','addGame':{'id':'9'}}}"), response);
    }

    [Theory]
    [InlineData("""{"node":{"id":"1"}}""", "Abstract type \\\"Node\\\" must resolve to an Object type at runtime, but the value has no __typename (field \\\"Query.node\\\")")]
    [InlineData("""{"node":{"__typename":"Franchise","id":"1"}}""", "Runtime Object type \\\"Franchise\\\" is not a possible type for \\\"Node\\\" (field \\\"Query.node\\\")")]
    [InlineData("""{"node":{"__typename":"Secret","id":"1"}}""", "Abstract type \\\"Node\\\" was resolved to a type that does not exist in the API schema (field \\\"Query.node\\\")")]
    public void An_object_at_an_abstract_position_needs_a_possible_typename(string data, string message)
    {
        const string query = "{ node(id: 1) { id } }";

        var response = Respond.With(query, data, scenario: "library");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Error(message, "['node']", Column(query, "node"))}],'data':{{'node':null}}}}".Replace("\\\"", "\\u0022", StringComparison.Ordinal)),
            response);
    }

    [Fact]
    public void A_null_item_of_an_inner_non_null_list_nulls_that_inner_list()
    {
        const string query = "{ game(id: 1) { scores } }";

        var response = Respond.With(query, """{"game":{"scores":[[1,2],[3,null],null]}}""", scenario: "library");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Respond.NullError("Game.scores", "['game','scores',1,1]", 1, Column(query, "scores"))}],'data':{{'game':{{'scores':[[1,2],null,null]}}}}}}"),
            response);
    }

    [Fact]
    public void A_null_item_of_a_non_null_list_of_non_null_items_nulls_the_nearest_nullable_parent()
    {
        const string query = "{ game(id: 1) { id tags } }";

        var response = Respond.With(query, """{"game":{"id":"1","tags":["a",null]}}""", scenario: "library");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Respond.NullError("Game.tags", "['game','tags',1]", 1, Column(query, "tags"))}],'data':{{'game':null}}}}"),
            response);
    }

    [Fact]
    public void Nullable_list_items_absorb_errors_below_them()
    {
        const string query = "{ game(id: 1) { reviews { id body } } }";

        var response = Respond.With(query, """{"game":{"reviews":[{"id":"r1","body":null},{"id":"r2","body":"ok"},null]}}""", scenario: "library");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Respond.NullError("Review.body", "['game','reviews',0,'body']", 1, Column(query, "body"))}],'data':{{'game':{{'reviews':[null,{{'id':'r2','body':'ok'}},null]}}}}}}"),
            response);
    }

    [Fact]
    public void A_missing_non_null_root_field_nulls_data()
    {
        const string query = "{ me { id } games { id } }";

        var response = Respond.With(query, """{"me":{"id":"1"}}""");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Respond.NullError("Query.games", "['games']", 1, Column(query, "games"))}],'data':null}}"),
            response);
    }

    [Fact]
    public void Missing_keys_and_json_nulls_at_nullable_positions_are_plain_nulls()
    {
        var response = Respond.With("{ me { id } game(id: 1) { releaseDate averageRating } }", """{"me":null,"game":{"averageRating":null}}""");

        Assert.Equal(Respond.Json("{'data':{'me':null,'game':{'releaseDate':null,'averageRating':null}}}"), response);
    }

    [Fact]
    public void An_enum_value_the_api_schema_does_not_have_is_a_field_error()
    {
        const string query = "{ game(id: 1) { id platforms } }";

        var response = Respond.With(query, """{"game":{"id":"1","platforms":["PC","HANDHELD"]}}""", scenario: "library");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Error("Enum \\u0022Platform\\u0022 cannot represent a value that is not in the API schema.", "['game','platforms',1]", Column(query, "platforms"))}],'data':{{'game':{{'id':'1','platforms':null}}}}}}"),
            response);
    }

    [Fact]
    public void Names_the_api_schema_hides_never_appear_in_errors()
    {
        var response = Respond.With(
            "{ node(id: 1) { id } game(id: 2) { platforms } }",
            """{"node":{"__typename":"SecretType","id":"1"},"game":{"platforms":["HANDHELD"]}}""",
            scenario: "library");

        Assert.DoesNotContain("SecretType", response, StringComparison.Ordinal);
        Assert.DoesNotContain("HANDHELD", response, StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"node\":null,\"game\":{\"platforms\":null}}", response, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_value_that_is_not_a_string_is_shown_in_the_error()
    {
        const string query = "{ game(id: 1) { platforms } }";

        var response = Respond.With(query, """{"game":{"platforms":[5]}}""", scenario: "library");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Error("Enum \\u0022Platform\\u0022 cannot represent value: 5", "['game','platforms',0]", Column(query, "platforms"))}],'data':{{'game':{{'platforms':null}}}}}}"),
            response);
    }

    [Fact]
    public void An_invalid_enum_at_a_non_null_position_propagates_with_a_single_error()
    {
        const string query = "{ game(id: 1) { genre } }";

        var response = Respond.With(query, """{"game":{"genre":"LEGACY"}}""");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Error("Enum \\u0022Genre\\u0022 cannot represent a value that is not in the API schema.", "['game','genre']", Column(query, "genre"))}],'data':{{'game':null}}}}"),
            response);
    }

    [Fact]
    public void An_existing_error_at_the_null_or_below_it_is_not_repeated()
    {
        const string query = "{ game(id: 1) { title } me { name } }";
        var errors = new List<GatewayError>
        {
            GatewayError.WithCode("title failed", "DOWNSTREAM", ["game", "title"]),
            GatewayError.WithCode("deeper", "DOWNSTREAM", ["me", "name", "detail"]),
        };

        var response = Respond.With(query, """{"game":{"title":null},"me":{"name":null}}""", errors: errors);

        Assert.Equal(
            Respond.Json("{'errors':[{'message':'title failed','path':['game','title'],'extensions':{'code':'DOWNSTREAM'}},{'message':'deeper','path':['me','name','detail'],'extensions':{'code':'DOWNSTREAM'}}],'data':{'game':null,'me':null}}"),
            response);
    }

    [Fact]
    public void An_existing_error_above_the_null_does_not_explain_it()
    {
        const string query = "{ game(id: 1) { title } }";
        var errors = new List<GatewayError> { GatewayError.WithCode("entity fetch failed", "DOWNSTREAM", ["game"]) };

        var response = Respond.With(query, """{"game":{"title":null}}""", errors: errors);

        Assert.Equal(
            Respond.Json($"{{'errors':[{{'message':'entity fetch failed','path':['game'],'extensions':{{'code':'DOWNSTREAM'}}}},{Respond.NullError("Game.title", "['game','title']", 1, Column(query, "title"))}],'data':{{'game':null}}}}"),
            response);
    }

    [Fact]
    public void A_subgraphs_refusal_without_a_path_explains_a_null_root_field()
    {
        // A subgraph refusing the whole request (an invalid custom-scalar literal, say) answers no data and a pathless error.
        const string query = "{ games { title } }";
        var errors = new List<GatewayError> { GatewayError.WithCode("Invalid date.", "GRAPHQL_VALIDATION_FAILED", null) };

        var response = Respond.With(query, "{}", errors: errors);

        Assert.Equal(
            Respond.Json("{'errors':[{'message':'Invalid date.','extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}],'data':null}"),
            response);
    }

    [Fact]
    public void An_error_without_a_path_does_not_explain_a_null_below_the_root()
    {
        const string query = "{ game(id: 1) { title } }";
        var errors = new List<GatewayError> { GatewayError.WithCode("Something else failed.", "DOWNSTREAM", null) };

        var response = Respond.With(query, """{"game":{"title":null}}""", errors: errors);

        Assert.Equal(
            Respond.Json($"{{'errors':[{{'message':'Something else failed.','extensions':{{'code':'DOWNSTREAM'}}}},{Respond.NullError("Game.title", "['game','title']", 1, Column(query, "title"))}],'data':{{'game':null}}}}"),
            response);
    }

    [Fact]
    public void Independent_nulls_each_get_their_error_in_document_order()
    {
        const string query = "{ me { name } game(id: 1) { title } }";

        var response = Respond.With(query, """{"game":{"title":null},"me":{"name":null}}""");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Respond.NullError("User.name", "['me','name']", 1, Column(query, "name"))},{Respond.NullError("Game.title", "['game','title']", 1, Column(query, "title"))}],'data':{{'me':null,'game':null}}}}"),
            response);
    }

    [Fact]
    public void The_first_failing_non_null_field_ends_its_object()
    {
        const string query = "{ game(id: 1) { title genre } }";

        var response = Respond.With(query, """{"game":{"title":null,"genre":"LEGACY"}}""");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Respond.NullError("Game.title", "['game','title']", 1, Column(query, "title"))}],'data':{{'game':null}}}}"),
            response);
    }

    [Fact]
    public void An_error_lists_the_locations_of_every_merged_field_node()
    {
        const string query = "{ game(id: 1) { title ... on Game { title } } }";

        var response = Respond.With(query, """{"game":{"title":null}}""");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Error("Cannot return null for non-nullable field Game.title.", "['game','title']", Column(query, "title"), Column(query, "title", 2))}],'data':{{'game':null}}}}"),
            response);
    }

    [Fact]
    public void A_list_where_an_object_is_expected_and_vice_versa_are_field_errors()
    {
        const string query = "{ me { library { id } } game(id: 1) { id } }";

        var response = Respond.With(query, """{"me":{"library":{"id":"1"}},"game":[{"id":"1"}]}""");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Error("Expected Iterable, but did not find one for field \\u0022User.library\\u0022.", "['me','library']", Column(query, "library"))},{Error("Expected an object of type \\u0022Game\\u0022 for field \\u0022Query.game\\u0022.", "['game']", Column(query, "game"))}],'data':{{'me':null,'game':null}}}}"),
            response);
    }

    [Fact]
    public void Built_in_scalars_are_coerced_like_graphql_js()
    {
        var response = Respond.With(
            "{ game(id: 1) { id ratingsCount averageRating title releaseDate } }",
            """{"game":{"id":5,"ratingsCount":2.0,"averageRating":"4.5","title":true,"releaseDate":{"y":2020}}}""");

        Assert.Equal(
            Respond.Json("{'data':{'game':{'id':'5','ratingsCount':2,'averageRating':4.5,'title':'true','releaseDate':{'y':2020}}}}"),
            response);
    }

    [Theory]
    [InlineData("\"many\"", "Int cannot represent non-integer value: \\u0022many\\u0022")]
    [InlineData("2.5", "Int cannot represent non-integer value: 2.5")]
    [InlineData("3000000000", "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    public void A_scalar_value_that_cannot_be_represented_is_a_field_error(string value, string message)
    {
        const string query = "{ me { library { ratingsCount } } }";

        var response = Respond.With(query, "{\"me\":{\"library\":[{\"ratingsCount\":" + value + "}]}}");

        Assert.Equal(
            Respond.Json($"{{'errors':[{Error(message, "['me','library',0,'ratingsCount']", Column(query, "ratingsCount"))}],'data':{{'me':null}}}}"),
            response);
    }

    [Fact]
    public void Root_introspection_values_are_copied_verbatim()
    {
        var response = Respond.With(
            "{ s: __schema { queryType { name } } me { id } __type(name: \"Game\") { name } }",
            """{"me":{"id":"1"},"s":{"queryType":{"name":"Query","extra":[1,{"a":null}]}},"__type":null}""");

        Assert.Equal(Respond.Json("{'data':{'s':{'queryType':{'name':'Query','extra':[1,{'a':null}]}},'me':{'id':'1'},'__type':null}}"), response);
    }

    [Fact]
    public void Given_errors_come_first_and_extensions_last()
    {
        var errors = new List<GatewayError>
        {
            new("subgraph down", ["me"], new JsonObject { ["code"] = "SUBREQUEST_HTTP_ERROR", ["service"] = "users" }, [new GatewayErrorLocation(1, 3)]),
        };

        var response = Respond.With("{ me { id } }", """{"me":null}""", errors: errors, extensions: new JsonObject { ["queryPlan"] = "plan" });

        Assert.Equal(
            Respond.Json("{'errors':[{'message':'subgraph down','locations':[{'line':1,'column':3}],'path':['me'],'extensions':{'code':'SUBREQUEST_HTTP_ERROR','service':'users'}}],'data':{'me':null},'extensions':{'queryPlan':'plan'}}"),
            response);
    }

    [Fact]
    public void No_data_at_all_is_written_as_null_data()
    {
        var errors = new List<GatewayError> { GatewayError.WithCode("everything failed", ErrorCodes.SubrequestHttpError) };

        var response = Respond.With("{ games { id } }", null, errors: errors);

        Assert.Equal(Respond.Json("{'errors':[{'message':'everything failed','extensions':{'code':'SUBREQUEST_HTTP_ERROR'}}],'data':null}"), response);
    }

    [Fact]
    public void Request_errors_have_no_data_entry()
    {
        var response = Respond.Write(writer => ResponseWriter.WriteRequestErrors(
            writer,
            [new GatewayError("Syntax Error: Unexpected <EOF>.", null, new JsonObject { ["code"] = ErrorCodes.ParseFailed }, [new GatewayErrorLocation(1, 1)])]));

        Assert.Equal(
            Respond.Json("{'errors':[{'message':'Syntax Error: Unexpected <EOF>.','locations':[{'line':1,'column':1}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"),
            response);
    }

    [Fact]
    public void Data_objects_are_not_modified()
    {
        var operation = Requests.TestOperations.Prepare("{ game(id: 1) { title } }");
        var data = ResultStoreJson.Store("""{"game":{"title":null,"__internal":1}}""");
        var before = data.ToJsonString();

        Respond.Write(writer => ResponseWriter.Write(writer, Requests.TestOperations.Schema, operation, data, [], null));

        Assert.Equal(before, data.ToJsonString());
    }
}
