using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Subgraph.Toolkit.Authentication;

using GameLibrary.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class HeaderPropagationTests(SubgraphsFixture subgraphs)
{
    private const string HeadersQuery = """{ tenant: requestHeader(name: "X-Tenant") other: requestHeader(name: "X-Other") }""";

    [Fact]
    public async Task The_Authorization_header_reaches_the_subgraph_which_signs_the_caller_in()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        string token = subgraphs.Products.Services.GetRequiredService<JwtTokenIssuer>()
            .Issue("user-42", "ada", [], TimeSpan.FromMinutes(5)).AccessToken;

        GraphQLResponse signedIn = await gateway.PostAsync("{ viewer }", headers: new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" });
        GraphQLResponse anonymous = await gateway.PostAsync("{ viewer }");

        Assert.Equal("""{"data":{"viewer":"ada"}}""", signedIn.Body);
        Assert.Equal("""{"data":{"viewer":null}}""", anonymous.Body);
    }

    [Fact]
    public async Task By_default_only_Authorization_is_forwarded()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        GraphQLResponse response = await gateway.PostAsync(HeadersQuery, headers: new Dictionary<string, string> { ["X-Tenant"] = "acme", ["X-Other"] = "secret" });

        Assert.Equal("""{"data":{"tenant":null,"other":null}}""", response.Body);
    }

    [Fact]
    public async Task Configured_headers_are_forwarded_and_others_are_not()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2,
            subgraphs,
            new Dictionary<string, string?> { ["Gateway:PropagateHeaders:0"] = "Authorization", ["Gateway:PropagateHeaders:1"] = "x-tenant" });

        GraphQLResponse response = await gateway.PostAsync(HeadersQuery, headers: new Dictionary<string, string> { ["X-Tenant"] = "acme", ["X-Other"] = "secret" });

        Assert.Equal("""{"data":{"tenant":"acme","other":null}}""", response.Body);
    }
}
