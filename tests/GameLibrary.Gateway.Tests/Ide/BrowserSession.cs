using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.Tests.Ide;

/// <summary>Runs a script of Browser/ (playwright-core driving Debian's chromium) with node and reads its JSON report.</summary>
public static class BrowserSession
{
    public static async Task<JsonNode> RunAsync(string script, params string[] arguments)
    {
        ProcessStartInfo start = new("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(BrowserDirectory(), script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process node = Process.Start(start)!;
        Task<string> output = node.StandardOutput.ReadToEndAsync();
        Task<string> errors = node.StandardError.ReadToEndAsync();
        using CancellationTokenSource timeout = new(TimeSpan.FromMinutes(4));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"The browser session did not end within 4 minutes: {await errors}");
        }

        string text = await output;
        return JsonNode.Parse(text.Length > 0 ? text : "null")
            ?? throw new InvalidOperationException($"The browser session printed no report (exit code {node.ExitCode}): {await errors}");
    }

    /// <summary>The requests of a report that went anywhere but this machine.</summary>
    public static string[] Elsewhere(JsonNode report) => [.. report["requests"]!.AsArray()
        .Select(request => new Uri(request!["url"]!.GetValue<string>()))
        .Where(url => !url.IsLoopback)
        .Select(url => url.ToString())];

    /// <summary>The scripts' folder in the repository, where <c>npm ci</c> put playwright-core.</summary>
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
