namespace GameLibrary.Gateway.LoadTest;

/// <summary>A folder with a package.json and package-lock.json whose modules the harness needs.</summary>
internal static class NodePackage
{
    /// <summary>Runs <c>npm ci</c> in the folder when it has no node_modules yet.</summary>
    public static async Task EnsureInstalledAsync(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            return;
        }

        Console.WriteLine($"npm ci in {folder}…");
        using var npm = ChildProcess.Start("npm ci", "npm", ["ci", "--no-audit", "--no-fund"], folder);
        if (await npm.WaitForExitAsync().ConfigureAwait(false) != 0)
        {
            throw new InvalidOperationException($"npm ci in {folder} failed:{Environment.NewLine}{npm.Output()}");
        }
    }
}
