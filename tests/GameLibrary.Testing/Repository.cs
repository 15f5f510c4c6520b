namespace GameLibrary.Testing;

/// <summary>The checkout the tests run from: the directory holding GameLibrary.sln above the test's output.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    /// <summary>The repository's root directory.</summary>
    public static string Root => RootDirectory.Value;

    /// <summary>A path inside the repository, from its parts relative to the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GameLibrary.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GameLibrary.sln was not found above the test's directory.");
    }
}
