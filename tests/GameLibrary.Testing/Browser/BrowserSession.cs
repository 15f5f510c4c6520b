using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GameLibrary.Testing.Browser;

/// <summary>
/// Runs a script of <c>tests/browser/</c> (playwright-core driving Debian's chromium, never a downloaded browser) with
/// node and reads the JSON report it prints. scripts/test.sh installs chromium (apt) and playwright-core (npm ci there).
/// </summary>
public static class BrowserSession
{
    /// <summary>The scripts' folder, from the repository root.</summary>
    public const string ScriptsFolder = "tests/browser";

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> and returns its report.</summary>
    /// <param name="script">The script's file name in <see cref="ScriptsFolder"/>.</param>
    /// <param name="arguments">The script's arguments.</param>
    /// <returns>The JSON the script printed on stdout.</returns>
    /// <exception cref="TimeoutException">The session ran longer than 4 minutes.</exception>
    public static async Task<JsonNode> RunAsync(string script, params string[] arguments)
    {
        ProcessStartInfo start = new("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(ScriptsDirectory(), script));
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
            await node.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"The browser session did not end within 4 minutes: {await errors.ConfigureAwait(false)}");
        }

        string text = await output.ConfigureAwait(false);
        return JsonNode.Parse(text.Length > 0 ? text : "null")
            ?? throw new InvalidOperationException(
                $"The browser session printed no report (exit code {node.ExitCode}): {await errors.ConfigureAwait(false)}");
    }

    /// <summary>The requests of a report (its <c>requests</c>, each with a <c>url</c>) that went anywhere but this machine.</summary>
    /// <param name="report">A script's report.</param>
    /// <returns>Their URLs.</returns>
    public static string[] Elsewhere(JsonNode report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report["requests"]!.AsArray()
            .Select(request => new Uri(request!["url"]!.GetValue<string>()))
            .Where(url => !url.IsLoopback)
            .Select(url => url.ToString())];
    }

    /// <summary>The scripts' folder in the repository, where <c>npm ci</c> put playwright-core.</summary>
    private static string ScriptsDirectory()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, ScriptsFolder);
            if (File.Exists(Path.Combine(candidate, "browser.mjs")))
            {
                return Directory.Exists(Path.Combine(candidate, "node_modules", "playwright-core"))
                    ? candidate
                    : throw new InvalidOperationException($"playwright-core is not installed: run `npm ci --prefix {candidate}` (scripts/test.sh does).");
            }
        }

        throw new DirectoryNotFoundException($"No {ScriptsFolder} above {AppContext.BaseDirectory}.");
    }
}
