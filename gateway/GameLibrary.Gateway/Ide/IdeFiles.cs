using Microsoft.Extensions.FileProviders;

namespace GameLibrary.Gateway.Ide;

/// <summary>The IDE package's files, which the build copies unaltered to <c>ide/</c> beside the gateway's binaries.</summary>
internal static class IdeFiles
{
    public const string IndexFile = "index.html";

    /// <summary>The hashed bundles (<c>static/js</c>, <c>static/css</c>, <c>static/media</c>): a new IDE version has new names.</summary>
    public const string HashedDirectory = "static";

    /// <summary>Opens <c>ide/</c> under <paramref name="baseDirectory"/>; throws when the build did not put the IDE there.</summary>
    public static PhysicalFileProvider Open(string baseDirectory)
    {
        string root = Path.Combine(baseDirectory, "ide");
        if (!File.Exists(Path.Combine(root, IndexFile)))
        {
            throw new InvalidOperationException(
                $"The Banana Cake Pop IDE is missing from {root}: build the gateway with npm on the PATH (it runs npm ci --prefix ide), "
                + $"or set {IdeOptions.SectionName}:{nameof(IdeOptions.Enabled)}=false.");
        }

        return new PhysicalFileProvider(root);
    }
}
