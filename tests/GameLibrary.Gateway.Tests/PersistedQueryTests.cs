using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests;

/// <summary>
/// Persisted documents over HTTP, as Apollo's clients send them: POST bodies and GET query strings (what a CDN caches)
/// carrying <c>extensions.persistedQuery</c>, with or without <c>query</c>.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class PersistedQueryTests(SubgraphsFixture subgraphs)
{
    private const string Listed = "query Name { product(id: 1) { name } }";
    private const string Other = "query Other { product(id: 1) { name } }";

    [Fact]
    public async Task With_a_manifest_only_its_documents_run_by_text_by_hash_or_by_id_over_post_and_get()
    {
        string manifest = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, $$"""
            {"format":"apollo-persisted-query-manifest","version":1,
             "operations":[{"id":"x","name":"Name","type":"query","body":{{JsonValue.Create(Listed).ToJsonString()}}}]}
            """);
        try
        {
            await using GatewayServer gateway = await GatewayServer.StartAsync(
                TestSupergraphs.V2, subgraphs, new Dictionary<string, string?> { ["Gateway:PersistedDocuments:Manifest"] = manifest });

            GraphQLResponse byText = await gateway.PostAsync(Listed);
            GraphQLResponse byHash = await PostAsync(gateway, query: null, Hash(Listed));
            GraphQLResponse byId = await GetAsync(gateway, query: null, "x");
            GraphQLResponse unlisted = await gateway.PostAsync(Other);
            GraphQLResponse unknownHash = await GetAsync(gateway, query: null, Hash(Other));
            GraphQLResponse mismatch = await PostAsync(gateway, Other, Hash(Listed));

            Assert.All([byText, byHash, byId], response =>
            {
                Assert.Equal(HttpStatusCode.OK, response.Status);
                Assert.Equal("""{"data":{"product":{"name":"Chess"}}}""", response.Body);
            });
            Assert.Equal(HttpStatusCode.BadRequest, unlisted.Status);
            Assert.Equal(["PERSISTED_QUERY_NOT_IN_LIST"], unlisted.ErrorCodes);
            Assert.Equal(HttpStatusCode.BadRequest, unknownHash.Status);
            Assert.Equal(["PERSISTED_QUERY_NOT_IN_LIST"], unknownHash.ErrorCodes);
            Assert.Equal(HttpStatusCode.BadRequest, mismatch.Status);
            Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], mismatch.ErrorCodes);
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    [Fact]
    public async Task Automatic_persisted_queries_make_apollos_round_trip_over_get_and_post()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        string hash = Hash(Other);

        (GraphQLResponse miss, CacheControlHeaderValue? missCaching) = await GetWithCachingAsync(gateway, hash);
        GraphQLResponse registered = await PostAsync(gateway, Other, hash);
        GraphQLResponse byGet = await GetAsync(gateway, query: null, hash);
        GraphQLResponse byPost = await PostAsync(gateway, query: null, hash.ToUpperInvariant());

        // Apollo Server's miss: 200 even under application/graphql-response+json (Apollo Client gives up persisted
        // queries on a 400), never cached by a CDN, and the message and code the clients retry on.
        Assert.Equal(HttpStatusCode.OK, miss.Status);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], miss.ErrorCodes);
        Assert.Equal("PersistedQueryNotFound", miss.Errors[0]!["message"]!.GetValue<string>());
        Assert.Null(miss.Json["data"]);
        Assert.True(missCaching is { NoCache: true, Private: true, MustRevalidate: true }, $"Cache-Control: {missCaching}");
        Assert.All([registered, byGet, byPost], response => Assert.Equal("""{"data":{"product":{"name":"Chess"}}}""", response.Body));
    }

    [Fact]
    public async Task A_wrong_hash_a_bad_version_and_switched_off_apq_are_coded_errors()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2, subgraphs, new Dictionary<string, string?> { ["Gateway:PersistedDocuments:AutomaticPersistedQueries"] = "false" });

        GraphQLResponse mismatch = await PostAsync(gateway, Other, Hash(Listed));
        JsonObject secondVersion = Extensions(Hash(Other));
        secondVersion["persistedQuery"]!["version"] = 2;
        GraphQLResponse version = await gateway.PostRawAsync(new JsonObject { ["extensions"] = secondVersion }.ToJsonString(), "application/json");
        GraphQLResponse notSupported = await PostAsync(gateway, query: null, Hash(Other));
        GraphQLResponse textWithHash = await PostAsync(gateway, Other, Hash(Other));

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.Status);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], mismatch.ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, version.Status);
        Assert.Equal(["BAD_REQUEST"], version.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, notSupported.Status);
        Assert.Equal(["PERSISTED_QUERY_NOT_SUPPORTED"], notSupported.ErrorCodes);
        Assert.Equal("""{"data":{"product":{"name":"Chess"}}}""", textWithHash.Body);
    }

    [Fact]
    public async Task Without_query_or_persisted_query_the_transport_still_requires_query()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        GraphQLResponse post = await gateway.PostRawAsync("""{"extensions":{"other":1}}""", "application/json");
        GraphQLResponse get = await gateway.GetAsync(Other);

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(["BAD_REQUEST"], post.ErrorCodes);
        Assert.Contains("'query' parameter is required", post.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, get.Status);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static JsonObject Extensions(string hash) =>
        new() { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } };

    private static Task<GraphQLResponse> PostAsync(GatewayServer gateway, string? query, string hash)
    {
        JsonObject body = new() { ["extensions"] = Extensions(hash) };
        if (query is not null)
        {
            body["query"] = query;
        }

        return gateway.PostRawAsync(body.ToJsonString(), "application/json");
    }

    private static async Task<GraphQLResponse> GetAsync(GatewayServer gateway, string? query, string hash) =>
        (await GetWithCachingAsync(gateway, hash, query)).Response;

    private static async Task<(GraphQLResponse Response, CacheControlHeaderValue? Caching)> GetWithCachingAsync(
        GatewayServer gateway, string hash, string? query = null)
    {
        string url = $"/graphql?extensions={Uri.EscapeDataString(Extensions(hash).ToJsonString())}"
            + (query is null ? string.Empty : $"&query={Uri.EscapeDataString(query)}");
        using HttpRequestMessage request = new(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GatewayServer.GraphQLResponseMediaType));
        using HttpResponseMessage response = await gateway.Client.SendAsync(request);
        return (new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()),
            response.Headers.CacheControl);
    }
}
