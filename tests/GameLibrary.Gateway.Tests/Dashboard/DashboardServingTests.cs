using System.Net;

using GameLibrary.Gateway.Tests.Ide;
using GameLibrary.Gateway.Tests.Support;

namespace GameLibrary.Gateway.Tests.Dashboard;

/// <summary>The dashboard page's files: served from the build output at /dashboard, or not at all when switched off.</summary>
[Collection(GatewayCollection.Name)]
public sealed class DashboardServingTests(SubgraphsFixture subgraphs)
{
    [Fact]
    public async Task The_page_and_the_bundled_graphql_sse_client_are_served_at_dashboard()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        using HttpClient client = BrowserClient.WithoutRedirects(gateway.Client.BaseAddress!);

        using HttpResponseMessage redirect = await client.SendAsync(BrowserClient.Navigate("/dashboard?gameId=7"));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/dashboard/?gameId=7", redirect.Headers.Location!.OriginalString);

        using HttpResponseMessage page = await client.SendAsync(BrowserClient.Navigate("/dashboard/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", BrowserClient.ContentType(page)!.MediaType);
        Assert.Equal("no-cache", BrowserClient.CacheControl(page));
        Assert.Contains("<script type=\"module\" src=\"dashboard.js\"></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using HttpResponseMessage script = await client.GetAsync("/dashboard/dashboard.js");
        Assert.Contains("from './vendor/graphql-sse/client.mjs'", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (string file in new[] { "client.mjs", "common.mjs", "parser.mjs", "utils.mjs" })
        {
            using HttpResponseMessage vendored = await client.GetAsync($"/dashboard/vendor/graphql-sse/{file}");
            Assert.Equal(HttpStatusCode.OK, vendored.StatusCode);
            Assert.Equal("text/javascript", BrowserClient.ContentType(vendored)!.MediaType);
        }
    }

    [Fact]
    public async Task Switched_off_the_page_is_not_found()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2, subgraphs, new Dictionary<string, string?> { ["Gateway:Dashboard:Enabled"] = "false" });

        Assert.Equal(HttpStatusCode.NotFound, await gateway.StatusOfAsync("/dashboard/"));
        Assert.Equal(HttpStatusCode.NotFound, await gateway.StatusOfAsync("/dashboard/vendor/graphql-sse/client.mjs"));
        Assert.Equal(HttpStatusCode.OK, await gateway.StatusOfAsync("/health/ready"));
    }
}
