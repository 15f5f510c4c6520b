using System.Diagnostics;
using System.Text.Json.Nodes;

using GameLibrary.Gateway.Tests.Support;

namespace GameLibrary.Gateway.Tests.Ide;

/// <summary>
/// The IDE in a real browser — Debian's chromium, driven by playwright-core (Browser/ide-session.mjs) — talks to this
/// gateway and nothing else: no telemetry, no fonts or scripts from elsewhere, while it idles and while it runs a query.
/// scripts/test.sh installs chromium (apt) and playwright-core (npm ci in Browser/).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class IdeBrowserTests(SubgraphsFixture subgraphs)
{
    // The IDE's telemetry call, unless disabled, leaves about 10 s after it opens.
    private const int IdleSeconds = 15;

    [Fact]
    public async Task The_IDE_runs_a_query_and_makes_no_request_beyond_the_gateway()
    {
        await using GatewayServer gateway = await GatewayServer.StartAsync(TestSupergraphs.V2, subgraphs);
        Uri page = new(gateway.Client.BaseAddress!, "/graphql");

        JsonNode report = await RunSessionAsync(page, "{ product(id: 1) { name } }", "\"Chess\"");

        Assert.True(report["error"] is null, $"The browser session failed: {report["error"]}\nThe editors held: {report["editors"]?.ToJsonString()}");
        string[] requests = [.. report["requests"]!.AsArray().Select(request => $"{request!["method"]} {request["url"]}")];
        Assert.Contains($"GET {page}/bcp-config.json", requests);
        Assert.Contains($"POST {page}", requests);
        Assert.Contains(report["editors"]!.AsArray(), editor => editor!.GetValue<string>().Contains("\"Chess\"", StringComparison.Ordinal));
        string[] elsewhere = [.. report["requests"]!.AsArray()
            .Select(request => new Uri(request!["url"]!.GetValue<string>()))
            .Where(url => !url.IsLoopback)
            .Select(url => url.ToString())];
        Assert.True(elsewhere.Length == 0, $"The IDE made requests beyond the gateway:\n{string.Join('\n', elsewhere)}");
    }

    private static async Task<JsonNode> RunSessionAsync(Uri page, string query, string expected)
    {
        string script = Path.Combine(BrowserDirectory(), "ide-session.mjs");
        ProcessStartInfo start = new("node")
        {
            ArgumentList = { script, page.ToString(), IdleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), query, expected },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process node = Process.Start(start)!;
        Task<string> output = node.StandardOutput.ReadToEndAsync();
        Task<string> errors = node.StandardError.ReadToEndAsync();
        using CancellationTokenSource timeout = new(TimeSpan.FromMinutes(3));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"The browser session did not end within 3 minutes: {await errors}");
        }

        string text = await output;
        return JsonNode.Parse(text.Length > 0 ? text : "null")
            ?? throw new InvalidOperationException($"The browser session printed no report (exit code {node.ExitCode}): {await errors}");
    }

    /// <summary>The script's folder in the repository, where <c>npm ci</c> put playwright-core.</summary>
    private static string BrowserDirectory()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tests", "GameLibrary.Gateway.Tests", "Ide", "Browser");
            if (File.Exists(Path.Combine(candidate, "ide-session.mjs")))
            {
                return Directory.Exists(Path.Combine(candidate, "node_modules", "playwright-core"))
                    ? candidate
                    : throw new InvalidOperationException($"playwright-core is not installed: run `npm ci --prefix {candidate}` (scripts/test.sh does).");
            }
        }

        throw new DirectoryNotFoundException($"No tests/GameLibrary.Gateway.Tests/Ide/Browser above {AppContext.BaseDirectory}.");
    }
}
