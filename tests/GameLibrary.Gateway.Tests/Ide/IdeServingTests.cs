using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests.Ide;

/// <summary>A browser opening /graphql gets the Banana Cake Pop IDE, configured for this gateway; GraphQL clients notice nothing.</summary>
[Collection(GatewayCollection.Name)]
public sealed partial class IdeServingTests(SubgraphsFixture subgraphs)
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html",
        [".js"] = "text/javascript",
        [".css"] = "text/css",
        [".ico"] = "image/x-icon",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".webmanifest"] = "application/manifest+json",
        [".json"] = "application/json",
        [".woff2"] = "font/woff2",
        [".ttf"] = "application/x-font-ttf",
    };

    [Fact]
    public async Task A_browser_opening_graphql_gets_the_IDE_page_whose_assets_are_all_served()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        using HttpRequestMessage navigation = BrowserClient.Navigate("/graphql");
        using HttpResponseMessage page = await gateway.Client.SendAsync(navigation);
        string html = await page.Content.ReadAsStringAsync();
        Uri pageUrl = page.RequestMessage!.RequestUri!;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/graphql/", pageUrl.AbsolutePath);
        Assert.Equal("text/html", BrowserClient.ContentType(page)?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(IdePackage.InstalledDirectory, "index.html")), html);
        Assert.Equal("no-cache", BrowserClient.CacheControl(page));
        Assert.Contains("Accept", page.Headers.Vary);

        string[] references = [.. Reference().Matches(html).Select(match => match.Groups["url"].Value)];
        Assert.Contains(references, reference => reference.StartsWith("static/js/", StringComparison.Ordinal));
        Assert.Contains(references, reference => reference.StartsWith("static/css/", StringComparison.Ordinal));
        Assert.Contains("./manifest.webmanifest", references);
        foreach (string reference in references)
        {
            await AssertServedAsync(gateway, new Uri(pageUrl, reference));
        }
    }

    [Fact]
    public async Task Every_file_the_IDE_loads_later_is_served_with_its_type_and_cache_policy()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        Uri pageUrl = new(gateway.Client.BaseAddress!, "/graphql/");

        // The lazily loaded chunks, workers and fonts, and the service worker, as the bundle itself lists them.
        JsonNode manifest = JsonNode.Parse(await gateway.Client.GetStringAsync(new Uri(pageUrl, "asset-manifest.json")))!;
        string[] files = [.. manifest["files"]!.AsObject().Select(file => file.Value!.GetValue<string>())];

        Assert.Contains("./service-worker.js", files);
        Assert.Contains(files, file => file.EndsWith(".woff2", StringComparison.Ordinal));
        foreach (string file in files)
        {
            await AssertServedAsync(gateway, new Uri(pageUrl, file));
        }
    }

    [Fact]
    public async Task The_redirect_to_the_page_keeps_the_query_string_and_is_not_cached()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using HttpClient client = BrowserClient.WithoutRedirects(gateway.Client.BaseAddress!);

        using HttpRequestMessage navigation = BrowserClient.Navigate("/graphql?tab=schema");
        using HttpResponseMessage response = await client.SendAsync(navigation);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/?tab=schema", response.Headers.Location?.OriginalString);
        Assert.Equal("no-cache", BrowserClient.CacheControl(response));
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task The_IDE_configuration_points_at_this_endpoint_for_HTTP_and_WebSocket()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        Uri pageUrl = new(gateway.Client.BaseAddress!, "/graphql/");

        using HttpResponseMessage response = await gateway.Client.GetAsync(new Uri(pageUrl, "bcp-config.json"));
        JsonNode configuration = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", BrowserClient.ContentType(response)?.MediaType);
        Assert.Equal("no-cache", BrowserClient.CacheControl(response));
        Assert.Equal("GameLibrary", configuration["title"]!.GetValue<string>());
        Assert.True(configuration["useBrowserUrlAsEndpoint"]!.GetValue<bool>());
        Assert.Equal("graphql-transport-ws", configuration["subscriptionProtocol"]!.GetValue<string>());
        Assert.True(configuration["disableTelemetry"]!.GetValue<bool>());

        // What the IDE derives from it: the endpoint resolved against its page, and that URL as ws:// for subscriptions.
        Uri endpoint = new(pageUrl, configuration["endpoint"]!.GetValue<string>());
        Assert.Equal("/graphql", endpoint.AbsolutePath);

        using HttpRequestMessage query = new(HttpMethod.Post, endpoint)
        {
            Content = new StringContent("""{"query":"{ product(id: 1) { name } }"}""", Encoding.UTF8, "application/json"),
        };
        using HttpResponseMessage answer = await gateway.Client.SendAsync(query);
        Assert.Equal("""{"data":{"product":{"name":"Chess"}}}""", await answer.Content.ReadAsStringAsync());

        await using GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(endpoint);
        JsonNode acknowledgement = await socket.InitializeAsync();
        Assert.Equal("connection_ack", acknowledgement["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "/graphql?query=%7B%20product(id%3A%201)%20%7B%20name%20%7D%20%7D", BrowserClient.NavigationAccept)]
    [InlineData("GET", "/graphql/?query=%7B%20product(id%3A%201)%20%7B%20name%20%7D%20%7D", BrowserClient.NavigationAccept)]
    [InlineData("GET", "/graphql?query=%7B%20product(id%3A%201)%20%7B%20name%20%7D%20%7D", "application/graphql-response+json")]
    [InlineData("POST", "/graphql", BrowserClient.NavigationAccept)]
    [InlineData("POST", "/graphql", "application/graphql-response+json")]
    public async Task GraphQL_requests_are_answered_by_GraphQL_whatever_they_accept(string method, string url, string accept)
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using HttpRequestMessage request = BrowserClient.WithAccept(new HttpMethod(method), url, accept);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"query":"{ product(id: 1) { name } }"}""", Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/html", BrowserClient.ContentType(response)?.MediaType);
        Assert.Equal("""{"data":{"product":{"name":"Chess"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Server_Sent_Events_and_WebSockets_on_graphql_are_left_to_the_transport()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using HttpRequestMessage events = BrowserClient.WithAccept(HttpMethod.Get, "/graphql?query=%7B%20product(id%3A%201)%20%7B%20name%20%7D%20%7D", "text/event-stream");

        using HttpResponseMessage stream = await gateway.Client.SendAsync(events);
        await using GraphQLWebSocketClient socket = await GraphQLWebSocketClient.ConnectAsync(new Uri(gateway.Client.BaseAddress!, "/graphql"));
        JsonNode acknowledgement = await socket.InitializeAsync();

        Assert.Equal("text/event-stream", BrowserClient.ContentType(stream)?.MediaType);
        Assert.Contains("event: next", await stream.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("connection_ack", acknowledgement["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_IDE_loads_before_a_supergraph_does_while_GraphQL_is_503()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(supergraphPath: null, subgraphs, waitUntilReady: false);

        using HttpRequestMessage navigation = BrowserClient.Navigate("/graphql");
        using HttpResponseMessage page = await gateway.Client.SendAsync(navigation);
        GraphQLResponse graphql = await gateway.PostAsync("{ product(id: 1) { name } }");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", BrowserClient.ContentType(page)?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, graphql.Status);
    }

    [Fact]
    public async Task A_missing_file_under_graphql_is_404()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);

        Assert.Equal(HttpStatusCode.NotFound, await gateway.StatusOfAsync("/graphql/static/js/main.00000000.js"));
    }

    [Fact]
    public async Task Disabled_the_IDE_is_not_served_and_browsers_get_what_the_transport_answers()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2,
            subgraphs,
            new Dictionary<string, string?> { ["Gateway:Ide:Enabled"] = "false" });

        using HttpRequestMessage htmlOnly = BrowserClient.WithAccept(HttpMethod.Get, "/graphql", "text/html");
        using HttpResponseMessage notAcceptable = await gateway.Client.SendAsync(htmlOnly);
        using HttpRequestMessage navigation = BrowserClient.Navigate("/graphql");
        using HttpResponseMessage noQuery = await gateway.Client.SendAsync(navigation);

        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.StatusCode);
        Assert.Contains("NOT_ACCEPTABLE", await notAcceptable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
        Assert.NotEqual("text/html", BrowserClient.ContentType(noQuery)?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, await gateway.StatusOfAsync("/graphql/bcp-config.json"));
        Assert.Equal(HttpStatusCode.NotFound, await gateway.StatusOfAsync("/graphql/index.html"));
        Assert.Equal(HttpStatusCode.NotFound, await gateway.StatusOfAsync("/graphql/favicon.ico"));
    }

    private static async Task AssertServedAsync(GatewayServer gateway, Uri url)
    {
        using HttpResponseMessage response = await gateway.Client.GetAsync(url);
        string path = url.AbsolutePath;
        string relative = path["/graphql/".Length..];
        byte[] expected = await File.ReadAllBytesAsync(Path.Combine(IdePackage.InstalledDirectory, relative));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        Assert.True(
            ContentTypes[Path.GetExtension(path)] == BrowserClient.ContentType(response)?.MediaType,
            $"{path}: {BrowserClient.ContentType(response)}");
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
        string expectedCaching = relative.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        Assert.True(expectedCaching == BrowserClient.CacheControl(response), $"{path}: Cache-Control {BrowserClient.CacheControl(response)}");
    }

    [GeneratedRegex(@"(?:src|href)=""(?<url>[^""]+)""")]
    private static partial Regex Reference();
}
