using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.Tests.Ide;

/// <summary>The build ships the pinned IDE package whole and unaltered, license included.</summary>
public sealed class IdePackageTests
{
    [Fact]
    public void The_output_holds_every_file_of_the_package_unaltered_with_its_license()
    {
        string installed = IdePackage.InstalledDirectory;
        string[] files = [.. Directory.EnumerateFiles(installed, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(installed, file)).Order(StringComparer.Ordinal)];
        string[] copied = [.. Directory.EnumerateFiles(IdePackage.OutputDirectory, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(IdePackage.OutputDirectory, file)).Order(StringComparer.Ordinal)];

        Assert.Equal(files, copied);
        Assert.Contains("LICENSE", copied);
        Assert.Contains("ChilliCream License", File.ReadAllText(Path.Combine(IdePackage.OutputDirectory, "LICENSE")), StringComparison.Ordinal);
        foreach (string file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(installed, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(IdePackage.OutputDirectory, file))),
                $"{file} differs from the package's.");
        }
    }

    [Fact]
    public void The_package_is_the_pinned_version()
    {
        JsonNode package = JsonNode.Parse(File.ReadAllText(Path.Combine(IdePackage.OutputDirectory, "package.json")))!;

        Assert.Equal(IdePackage.Name, package["name"]!.GetValue<string>());
        Assert.Equal("18.0.0", package["version"]!.GetValue<string>());
    }
}
