using System.Diagnostics;
using System.Net;

using GameLibrary.Subgraph.Toolkit.Tests.Sample;
using GameLibrary.Subgraph.Toolkit.Tests.Support;

using GameLibrary.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Tests;

/// <summary>Requests through the real transport: status codes, media types and error codes as clients see them.</summary>
public sealed class HttpTransportTests : IAsyncLifetime
{
    private TestSubgraph _subgraph = null!;

    public async Task InitializeAsync() => _subgraph = await TestSubgraph.StartAsync();

    public async Task DisposeAsync() => await _subgraph.DisposeAsync();

    [Fact]
    public async Task A_query_is_answered_200_with_data()
    {
        GraphQLResponse response = await _subgraph.PostAsync("query Product($id: ID!) { product(id: $id) { id name price } }", new { id = "3" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(TestSubgraph.GraphQLResponseMediaType, response.MediaType);
        Assert.Equal("""{"data":{"product":{"id":"3","name":"Product 3","price":30}}}""", response.Json.ToJsonString());
    }

    [Fact]
    public async Task A_query_over_GET_is_answered()
    {
        GraphQLResponse response = await _subgraph.GetAsync("{ product(id: 2) { name } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"product":{"name":"Product 2"}}}""", response.Json.ToJsonString());
    }

    [Fact]
    public async Task A_mutation_runs_and_changes_state()
    {
        GraphQLResponse response = await _subgraph.PostAsync(
            "mutation ($productId: ID!, $body: String!) { addReview(productId: $productId, body: $body) { id body product { name } } }",
            new { productId = "5", body = "Solid." });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"addReview":{"id":"1","body":"Solid.","product":{"name":"Product 5"}}}}""", response.Json.ToJsonString());
        Review review = Assert.Single(_subgraph.Services.GetRequiredService<ProductCatalog>().Reviews);
        Assert.Equal(new Review(1, 5, "Solid."), review);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_405_without_running()
    {
        GraphQLResponse response = await _subgraph.GetAsync("mutation { addReview(productId: 1, body: \"sneaky\") { id } }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["OPERATION_NOT_ALLOWED"], response.ErrorCodes);
        Assert.Null(response.Json["data"]);
        Assert.Empty(_subgraph.Services.GetRequiredService<ProductCatalog>().Reviews);
    }

    [Fact]
    public async Task A_syntax_error_is_a_400_parse_failure_without_data()
    {
        GraphQLResponse response = await _subgraph.PostAsync("{ product(id: 1) { name ");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(TestSubgraph.GraphQLResponseMediaType, response.MediaType);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.ErrorCodes);
        Assert.False(response.Json.AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task An_unknown_field_is_a_400_validation_failure()
    {
        GraphQLResponse response = await _subgraph.PostAsync("{ product(id: 1) { name nope } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Contains("nope", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_bad_user_input()
    {
        GraphQLResponse response = await _subgraph.PostAsync("query ($id: ID!) { product(id: $id) { name } }", new { id = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_missing_required_variable_is_bad_user_input()
    {
        GraphQLResponse response = await _subgraph.PostAsync("query ($id: ID!) { product(id: $id) { name } }", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_an_operation_resolution_failure()
    {
        GraphQLResponse response = await _subgraph.PostAsync("query A { reviews { id } } query B { reviews { id } }", operationName: "C");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["OPERATION_RESOLUTION_FAILURE"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_thousand_levels_deep_selection_is_rejected_quickly()
    {
        Stopwatch stopwatch = Stopwatch.StartNew();

        GraphQLResponse response = await _subgraph.PostAsync(DeepQueries.Selections(1000));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_valid_query_deeper_than_the_limit_is_rejected_before_execution()
    {
        GraphQLResponse shallow = await _subgraph.PostAsync(DeepQueries.ProductReviews(2));
        GraphQLResponse deep = await _subgraph.PostAsync(DeepQueries.ProductReviews(20));

        Assert.Equal(HttpStatusCode.OK, shallow.Status);
        Assert.Empty(shallow.Errors);
        Assert.Equal(HttpStatusCode.BadRequest, deep.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], deep.ErrorCodes);
        Assert.Contains("maximum allowed on this endpoint is 32", deep.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // Only the shallow query fetched anything.
        Assert.Single(_subgraph.Services.GetRequiredService<ProductLoaderLog>().Fetches);
    }

    [Fact]
    public async Task A_query_above_the_complexity_limit_is_rejected()
    {
        await using TestSubgraph strict = await TestSubgraph.StartAsync(settings: new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = "20" });

        GraphQLResponse response = await strict.PostAsync(DeepQueries.ProductReviews(3));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_failing_resolver_nulls_its_field_with_an_internal_error_and_no_details_even_in_Development()
    {
        GraphQLResponse response = await _subgraph.PostAsync("{ boom }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data);
        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        Assert.Null(response.Errors[0]!["extensions"]!["details"]);
        Assert.DoesNotContain("secret internals", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Exception_details_reach_clients_only_when_configuration_enables_them(string environment)
    {
        await using TestSubgraph exposing = await TestSubgraph.StartAsync(
            environment, new Dictionary<string, string?> { ["GraphQL:ExposeExceptionDetails"] = "true" });

        GraphQLResponse response = await exposing.PostAsync("{ boom }");

        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        Assert.Contains("secret internals", response.Errors[0]!["extensions"]!["details"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_resolver_does_not_leak_exception_details_in_Production()
    {
        await using TestSubgraph production = await TestSubgraph.StartAsync("Production");

        GraphQLResponse response = await production.PostAsync("{ boom }");

        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        Assert.DoesNotContain("secret internals", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Body, StringComparison.Ordinal);
    }
}
