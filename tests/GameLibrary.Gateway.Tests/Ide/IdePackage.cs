namespace GameLibrary.Gateway.Tests.Ide;

/// <summary>The npm package the gateway's build installs, and the copy of it the build puts beside the binaries.</summary>
public static class IdePackage
{
    public const string Name = "@chillicream/bananacakepop-graphql-ide";

    /// <summary>The copy in the test output (it flows here from the gateway project, as into the gateway's own output).</summary>
    public static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "ide");

    /// <summary>The package as npm installed it, under <c>gateway/GameLibrary.Gateway/ide/node_modules</c> of the repository.</summary>
    public static string InstalledDirectory
    {
        get
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, "gateway", "GameLibrary.Gateway", "ide", "node_modules", Name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException($"No gateway/GameLibrary.Gateway/ide/node_modules/{Name} above {AppContext.BaseDirectory}.");
        }
    }
}
