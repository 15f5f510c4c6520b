using System.Net;

using GameLibrary.Subgraph.Toolkit.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Subgraph.Toolkit.Tests;

/// <summary>
/// Role-protected fields through HTTP. An invalid or expired token is ignored (the caller is anonymous, not 401), so
/// public fields still answer and protected ones report UNAUTHENTICATED.
/// </summary>
public sealed class FieldAuthorizationTests : IAsyncLifetime
{
    private const string Query = "{ product(id: 1) { name costPrice } }";

    private TestSubgraph _subgraph = null!;

    public async Task InitializeAsync() => _subgraph = await TestSubgraph.StartAsync();

    public async Task DisposeAsync() => await _subgraph.DisposeAsync();

    [Fact]
    public async Task An_anonymous_caller_gets_null_and_UNAUTHENTICATED_at_the_field_while_the_rest_resolves()
    {
        GraphQLResponse response = await _subgraph.PostAsync(Query);

        AssertDenied(response, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task A_caller_without_the_role_gets_FORBIDDEN()
    {
        GraphQLResponse response = await _subgraph.PostAsync(Query, token: TestTokens.Issue(_subgraph, "player"));

        AssertDenied(response, "FORBIDDEN");
    }

    [Fact]
    public async Task A_caller_with_the_role_gets_the_value()
    {
        GraphQLResponse response = await _subgraph.PostAsync(Query, token: TestTokens.Issue(_subgraph, "player", "admin"));

        Assert.Equal("""{"data":{"product":{"name":"Product 1","costPrice":4}}}""", response.Json.ToJsonString());
    }

    [Fact]
    public async Task An_expired_token_leaves_the_caller_anonymous()
    {
        DateTime now = DateTime.UtcNow;
        string expired = TestTokens.Craft(TestKeys.SigningKey, now.AddHours(-2), now.AddHours(-1), "admin");

        GraphQLResponse response = await _subgraph.PostAsync(Query, token: expired);

        AssertDenied(response, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_leaves_the_caller_anonymous()
    {
        DateTime now = DateTime.UtcNow;
        string forged = TestTokens.Craft(TestKeys.OtherSigningKey, now, now.AddHours(1), "admin");

        GraphQLResponse response = await _subgraph.PostAsync(Query, token: forged);

        AssertDenied(response, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task A_crafted_token_with_the_right_key_is_accepted()
    {
        DateTime now = DateTime.UtcNow;
        string token = TestTokens.Craft(TestKeys.SigningKey, now, now.AddHours(1), "admin");

        GraphQLResponse response = await _subgraph.PostAsync(Query, token: token);

        Assert.Equal("""{"data":{"product":{"name":"Product 1","costPrice":4}}}""", response.Json.ToJsonString());
    }

    [Fact]
    public async Task The_viewer_sees_the_claims_the_issuer_put_in_the_token()
    {
        GraphQLResponse anonymous = await _subgraph.PostAsync("{ viewer { id } }");
        GraphQLResponse signedIn = await _subgraph.PostAsync("{ viewer { id username roles } }", token: TestTokens.Issue(_subgraph, "player", "admin"));

        Assert.Equal("""{"viewer":null}""", anonymous.Data!.ToJsonString());
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal("""{"data":{"viewer":{"id":"user-42","username":"ada","roles":["player","admin"]}}}""", signedIn.Json.ToJsonString());
    }

    private static void AssertDenied(GraphQLResponse response, string code)
    {
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"product":{"name":"Product 1","costPrice":null}}""", response.Data!.ToJsonString());
        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal("""["product","costPrice"]""", response.Errors[0]!["path"]!.ToJsonString());
    }
}
