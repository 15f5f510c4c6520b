using System.Text.Json;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Tests.DemandControl;

namespace GameLibrary.Federation.Tests.Requests;

/// <summary>
/// Persisted documents as Apollo's clients use them: a safelist manifest whose documents may be named by hash or id,
/// and, without one, automatic persisted queries (hash-only → PERSISTED_QUERY_NOT_FOUND → text with hash → hash-only).
/// </summary>
public sealed class PersistedQueryTests
{
    private const string Known = "{ genres { name } }";
    private const string Answer = """{"data":{"genres":[]}}""";

    [Fact]
    public async Task With_a_manifest_only_listed_texts_run()
    {
        var subgraph = new StubSubgraph(Answer);
        using var gateway = subgraph.Gateway(options => options.PersistedDocuments = Manifest());

        var known = await gateway.ExecuteAsync(new GatewayRequest(Known));
        var unknown = await gateway.ExecuteAsync(new GatewayRequest("{ genres { id } }"));

        Assert.Equal(Answer, known.ToJsonString());
        Assert.Equal(ErrorCodes.PersistedQueryNotInList, Code(unknown));
        Assert.Single(subgraph.Requests);
    }

    [Fact]
    public async Task With_a_manifest_a_hash_or_an_id_alone_runs_its_document()
    {
        var subgraph = new StubSubgraph(Answer);
        using var gateway = subgraph.Gateway(options => options.PersistedDocuments = Manifest());

        var byHash = await gateway.ExecuteAsync(HashOnly(PersistedDocuments.Hash(Known)));
        var byUppercaseHash = await gateway.ExecuteAsync(HashOnly(PersistedDocuments.Hash(Known).ToUpperInvariant()));
        var byId = await gateway.ExecuteAsync(HashOnly("genre-names"));

        Assert.All([byHash, byUppercaseHash, byId], result => Assert.Equal(Answer, result.ToJsonString()));
        Assert.Equal(3, subgraph.Requests.Count);
    }

    [Fact]
    public async Task With_a_manifest_an_unknown_hash_is_not_in_the_list_like_apollo_routers_safelist()
    {
        var subgraph = new StubSubgraph(Answer);
        using var gateway = subgraph.Gateway(options => options.PersistedDocuments = Manifest());
        var hash = PersistedDocuments.Hash("{ genres { id } }");

        var result = await gateway.ExecuteAsync(HashOnly(hash));

        Assert.Equal(GatewayResultKind.RequestError, result.Kind);
        Assert.Equal(ErrorCodes.PersistedQueryNotInList, Code(result));
        Assert.Equal($"Persisted query '{hash}' not found in the persisted query list.", Message(result));
        Assert.Empty(subgraph.Requests);
    }

    [Fact]
    public async Task With_a_manifest_a_text_sent_with_its_hash_or_id_runs_and_with_another_is_a_mismatch()
    {
        var subgraph = new StubSubgraph(Answer);
        using var gateway = subgraph.Gateway(options => options.PersistedDocuments = Manifest());

        var withHash = await gateway.ExecuteAsync(WithHash(Known, PersistedDocuments.Hash(Known)));
        var withId = await gateway.ExecuteAsync(WithHash(Known, "genre-names"));
        var mismatch = await gateway.ExecuteAsync(WithHash(Known, PersistedDocuments.Hash("{ genres { id } }")));

        Assert.Equal(Answer, withHash.ToJsonString());
        Assert.Equal(Answer, withId.ToJsonString());
        Assert.Equal(GatewayResultKind.RequestError, mismatch.Kind);
        Assert.Equal(ErrorCodes.PersistedQueryHashMismatch, Code(mismatch));
        Assert.Equal(2, subgraph.Requests.Count);
    }

    [Fact]
    public async Task Automatic_persisted_queries_register_a_verified_text_and_then_run_its_hash_alone()
    {
        var subgraph = new StubSubgraph(Answer);
        using var gateway = subgraph.Gateway();
        var hash = PersistedDocuments.Hash(Known);

        var miss = await gateway.ExecuteAsync(HashOnly(hash));
        var registration = await gateway.ExecuteAsync(WithHash(Known, hash));
        var hit = await gateway.ExecuteAsync(HashOnly(hash));

        // Apollo Server's answer, which Apollo's clients retry on: 200 (the kind), the message and the code.
        Assert.Equal(GatewayResultKind.PersistedQueryMiss, miss.Kind);
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, Code(miss));
        Assert.Equal("PersistedQueryNotFound", Message(miss));
        Assert.Equal(Answer, registration.ToJsonString());
        Assert.Equal(Answer, hit.ToJsonString());
        Assert.Equal(2, subgraph.Requests.Count);
    }

    [Fact]
    public async Task Automatic_persisted_queries_keep_neither_a_mismatched_nor_an_invalid_text()
    {
        var subgraph = new StubSubgraph(Answer);
        using var gateway = subgraph.Gateway();
        const string Invalid = "{ genres { nope } }";

        var mismatch = await gateway.ExecuteAsync(WithHash(Known, PersistedDocuments.Hash(Invalid)));
        var invalid = await gateway.ExecuteAsync(WithHash(Invalid, PersistedDocuments.Hash(Invalid)));

        Assert.Equal(ErrorCodes.PersistedQueryHashMismatch, Code(mismatch));
        Assert.Equal(ErrorCodes.ValidationFailed, Code(invalid));
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, Code(await gateway.ExecuteAsync(HashOnly(PersistedDocuments.Hash(Known)))));
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, Code(await gateway.ExecuteAsync(HashOnly(PersistedDocuments.Hash(Invalid)))));
        Assert.Empty(subgraph.Requests);
    }

    [Fact]
    public async Task Switched_off_automatic_persisted_queries_answer_not_supported_and_still_run_texts()
    {
        var subgraph = new StubSubgraph(Answer);
        using var gateway = subgraph.Gateway(options => options.AutomaticPersistedQueries = false);
        var hash = PersistedDocuments.Hash(Known);

        var withHash = await gateway.ExecuteAsync(WithHash(Known, hash));
        var hashOnly = await gateway.ExecuteAsync(HashOnly(hash));

        Assert.Equal(Answer, withHash.ToJsonString());
        Assert.Equal(GatewayResultKind.PersistedQueryMiss, hashOnly.Kind);
        Assert.Equal(ErrorCodes.PersistedQueryNotSupported, Code(hashOnly));
        Assert.Equal("PersistedQueryNotSupported", Message(hashOnly));
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"abc"}}""", "Unsupported persisted query version")]
    [InlineData("""{"persistedQuery":{"sha256Hash":"abc"}}""", "Unsupported persisted query version")]
    [InlineData("""{"persistedQuery":{"version":"1","sha256Hash":"abc"}}""", "Unsupported persisted query version")]
    [InlineData("""{"persistedQuery":{"version":1}}""", "'extensions.persistedQuery.sha256Hash' must be")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":42}}""", "'extensions.persistedQuery.sha256Hash' must be")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":""}}""", "'extensions.persistedQuery.sha256Hash' must be")]
    [InlineData("""{"persistedQuery":"abc"}""", "'extensions.persistedQuery' must be an object")]
    [InlineData("""{"persistedQuery":[1]}""", "'extensions.persistedQuery' must be an object")]
    public async Task A_malformed_persisted_query_extension_is_a_bad_request(string extensions, string message)
    {
        var subgraph = new StubSubgraph(Answer);
        using var gateway = subgraph.Gateway();

        var hashOnly = await gateway.ExecuteAsync(new GatewayRequest(null) { Extensions = Json(extensions) });
        var withText = await gateway.ExecuteAsync(new GatewayRequest(Known) { Extensions = Json(extensions) });

        Assert.All([hashOnly, withText], result =>
        {
            Assert.Equal(GatewayResultKind.RequestError, result.Kind);
            Assert.Equal(ErrorCodes.BadRequest, Code(result));
            Assert.StartsWith(message, Message(result), StringComparison.Ordinal);
        });
        Assert.Empty(subgraph.Requests);
    }

    [Fact]
    public async Task A_request_with_neither_text_nor_hash_is_a_bad_request()
    {
        using var gateway = new StubSubgraph(Answer).Gateway();

        var result = await gateway.ExecuteAsync(new GatewayRequest(null) { Extensions = Json("""{"persistedQuery":null}""") });

        Assert.Equal(ErrorCodes.BadRequest, Code(result));
    }

    [Fact]
    public void The_cache_drops_the_least_recently_used_text_past_its_capacity_in_characters()
    {
        var cache = new AutomaticPersistedQueryCache(capacity: 30);
        cache.Add("a", new string('a', 10));
        cache.Add("b", new string('b', 10));
        cache.Add("c", new string('c', 10));
        _ = cache.Find("A"); // used: "b" is now the least recently used

        cache.Add("d", new string('d', 10));
        cache.Add("huge", new string('h', 31));

        Assert.Equal(3, cache.Count);
        Assert.Null(cache.Find("b"));
        Assert.Null(cache.Find("huge"));
        Assert.All(["a", "c", "d"], hash => Assert.NotNull(cache.Find(hash)));
    }

    [Fact]
    public async Task The_gateways_cache_holds_no_more_than_its_capacity_however_many_texts_are_registered()
    {
        var subgraph = new StubSubgraph(Answer);
        const int Capacity = 100;
        using var gateway = subgraph.Gateway(options => options.AutomaticPersistedQueryCacheSize = Capacity);
        var texts = Enumerable.Range(0, 20).Select(i => $"{{ genres {{ name }} a{i:D2}: __typename }}").ToArray();

        foreach (var text in texts)
        {
            Assert.Equal(GatewayResultKind.Executed, (await gateway.ExecuteAsync(WithHash(text, PersistedDocuments.Hash(text)))).Kind);
        }

        var remembered = 0;
        foreach (var text in texts)
        {
            remembered += (await gateway.ExecuteAsync(HashOnly(PersistedDocuments.Hash(text)))).Kind == GatewayResultKind.Executed ? 1 : 0;
        }

        // Each text is 35 characters: two fit in 100; the last ones registered are the ones kept.
        Assert.Equal(Capacity / texts[0].Length, remembered);
        Assert.Equal(GatewayResultKind.Executed, (await gateway.ExecuteAsync(HashOnly(PersistedDocuments.Hash(texts[^1])))).Kind);
    }

    [Fact]
    public void Document_hashes_are_apollos_lowercase_hex_sha256()
    {
        Assert.Equal("ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38", PersistedDocuments.Hash("{__typename}"));
    }

    private static Dictionary<string, string> Manifest() => new() { ["genre-names"] = Known };

    private static GatewayRequest HashOnly(string hash) => WithHash(null, hash);

    private static GatewayRequest WithHash(string? query, string hash) =>
        new(query) { Extensions = Json($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""") };

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    private static string? Code(GatewayResult result) =>
        JsonNode.Parse(result.ToJsonString())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    private static string Message(GatewayResult result) =>
        JsonNode.Parse(result.ToJsonString())!["errors"]![0]!["message"]!.GetValue<string>();
}
