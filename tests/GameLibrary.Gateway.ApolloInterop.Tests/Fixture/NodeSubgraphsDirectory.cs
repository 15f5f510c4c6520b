using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace GameLibrary.Gateway.ApolloInterop.Tests.Fixture;

/// <summary>
/// The node-subgraphs folder of this project (its path is baked in at build time), checked to be runnable:
/// Node.js 20+ on PATH and the npm dependencies installed. Failures say exactly what to run.
/// </summary>
internal static class NodeSubgraphsDirectory
{
    /// <summary>What installs the Node subgraphs' dependencies, from the repository root.</summary>
    public const string InstallCommand = "npm ci --prefix tests/GameLibrary.Gateway.ApolloInterop.Tests/node-subgraphs";

    private const int MinimumNodeMajorVersion = 20;

    /// <summary>Returns the folder, or throws naming what is missing.</summary>
    public static string Locate()
    {
        var path = typeof(NodeSubgraphsDirectory).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "NodeSubgraphsDirectory")
            .Value!;
        if (!File.Exists(Path.Combine(path, "serve.mjs")))
        {
            throw new InvalidOperationException($"The Node subgraphs are not at {path} (serve.mjs missing); the test assembly was built from another checkout.");
        }

        RequireNode();
        if (!Directory.Exists(Path.Combine(path, "node_modules", "@apollo", "subgraph")))
        {
            throw new InvalidOperationException(
                $"The Node subgraphs' npm dependencies are not installed ({Path.Combine(path, "node_modules")} is missing). "
                + $"From the repository root run: {InstallCommand}");
        }

        return path;
    }

    private static void RequireNode()
    {
        string version;
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            version = node.StandardOutput.ReadToEnd().Trim();
            node.WaitForExit();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"Node.js (`node`) is not on PATH, and these tests run Node subgraphs. Install Node.js {MinimumNodeMajorVersion}+, then run: {InstallCommand}",
                exception);
        }

        var major = version.TrimStart('v').Split('.')[0];
        if (!int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < MinimumNodeMajorVersion)
        {
            throw new InvalidOperationException($"Node.js {MinimumNodeMajorVersion}+ is required (@apollo/server 5); `node --version` printed \"{version}\".");
        }
    }
}
