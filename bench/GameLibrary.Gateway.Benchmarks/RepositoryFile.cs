namespace GameLibrary.Gateway.Benchmarks;

/// <summary>Files of the repository the benchmarks run on, found by walking up to the folder of GameLibrary.sln.</summary>
internal static class RepositoryFile
{
    /// <summary>
    /// The text of the file at <paramref name="relativePath"/> from the repository root. BenchmarkDotNet runs each
    /// benchmark in a generated project below bin/, still inside the repository.
    /// </summary>
    public static string Read(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GameLibrary.sln")))
            {
                return File.ReadAllText(Path.Combine(folder.FullName, relativePath));
            }
        }

        throw new FileNotFoundException($"No GameLibrary.sln above {AppContext.BaseDirectory}; cannot find {relativePath}.");
    }
}
