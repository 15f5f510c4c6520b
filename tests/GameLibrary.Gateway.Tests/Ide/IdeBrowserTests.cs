using System.Text.Json.Nodes;

using GameLibrary.Gateway.Tests.Support;
using GameLibrary.Testing.Browser;

namespace GameLibrary.Gateway.Tests.Ide;

/// <summary>
/// The IDE in a real browser — Debian's chromium, driven by playwright-core (tests/browser/ide-session.mjs) — talks to this
/// gateway and nothing else: no telemetry, no fonts or scripts from elsewhere, while it idles and while it runs a query.
/// scripts/test.sh installs chromium (apt) and playwright-core (npm ci in tests/browser/).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class IdeBrowserTests(SubgraphsFixture subgraphs)
{
    // The IDE's telemetry call, unless disabled, leaves about 10 s after it opens.
    private const int IdleSeconds = 15;

    [Fact]
    public async Task The_IDE_runs_a_query_and_makes_no_request_beyond_the_gateway()
    {
        // The IDE loads the schema by introspection, which is off outside Development unless switched on.
        await using GatewayServer gateway = await GatewayServer.StartAsync(
            TestSupergraphs.V2, subgraphs, new Dictionary<string, string?> { ["Gateway:Introspection:Enabled"] = "true" });
        Uri page = new(gateway.Client.BaseAddress!, "/graphql");

        JsonNode report = await RunSessionAsync(page, "{ product(id: 1) { name } }", "\"Chess\"");

        Assert.True(report["error"] is null, $"The browser session failed: {report["error"]}\nThe editors held: {report["editors"]?.ToJsonString()}");
        string[] requests = [.. report["requests"]!.AsArray().Select(request => $"{request!["method"]} {request["url"]}")];
        Assert.Contains($"GET {page}/bcp-config.json", requests);
        Assert.Contains($"POST {page}", requests);
        Assert.Contains(report["editors"]!.AsArray(), editor => editor!.GetValue<string>().Contains("\"Chess\"", StringComparison.Ordinal));
        string[] elsewhere = BrowserSession.Elsewhere(report);
        Assert.True(elsewhere.Length == 0, $"The IDE made requests beyond the gateway:\n{string.Join('\n', elsewhere)}");
    }

    private static Task<JsonNode> RunSessionAsync(Uri page, string query, string expected) =>
        BrowserSession.RunAsync("ide-session.mjs", page.ToString(), IdleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), query, expected);
}
