using System.Runtime.CompilerServices;
using System.Text.Json;

using GameLibrary.Federation.Composition;

namespace GameLibrary.Federation.Tests.Composition;

/// <summary>
/// A directory of <c>Cases/</c>: one <c>&lt;subgraph&gt;.graphql</c> per subgraph, and what the reference composers made
/// of them (see <c>Cases/compose-references.cjs</c>): <c>supergraph.apollo.graphql</c> / <c>supergraph.guild.graphql</c>,
/// or <c>errors.apollo.json</c> / <c>errors.guild.json</c>.
/// </summary>
public sealed class CompositionCase
{
    private CompositionCase(string name, string directory)
    {
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    /// <summary>The subgraphs, with the URL the reference script gives them.</summary>
    public IReadOnlyList<SubgraphDefinition> Subgraphs =>
        System.IO.Directory.GetFiles(Directory, "*.graphql")
            .Where(f => !Path.GetFileName(f).StartsWith("supergraph.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Select(n => new SubgraphDefinition(n, $"http://{n}.example/graphql", File.ReadAllText(Path.Combine(Directory, n + ".graphql"))))
            .ToList();

    public string? ReferenceSupergraph(string tool) => ReadIfExists($"supergraph.{tool}.graphql");

    public IReadOnlyList<(string Code, string Message)>? ReferenceErrors(string tool) =>
        ReadIfExists($"errors.{tool}.json") is { } json
            ? JsonDocument.Parse(json).RootElement.EnumerateArray()
                .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("message").GetString()!))
                .ToList()
            : null;

    public override string ToString() => Name;

    public static CompositionCase Named(string name) => new(name, Path.Combine(CasesDirectory(), name));

    /// <summary>The names of the cases that satisfy the predicate.</summary>
    public static TheoryData<string> Names(Func<CompositionCase, bool> predicate) =>
        new(System.IO.Directory.GetDirectories(CasesDirectory())
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .Where(n => predicate(Named(n))));

    /// <summary>The repository root (where <c>schema/</c> is), found from this source file.</summary>
    public static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));

    private static string CasesDirectory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Cases");

    private string? ReadIfExists(string file)
    {
        var path = Path.Combine(Directory, file);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
