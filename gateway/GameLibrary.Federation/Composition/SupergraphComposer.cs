using GameLibrary.Federation.Composition.Merging;
using GameLibrary.Federation.Composition.Printing;
using GameLibrary.Federation.Composition.Subgraphs;

namespace GameLibrary.Federation.Composition;

/// <summary>
/// Composes Apollo Federation subgraphs into a supergraph in Apollo's join-spec format — the format the gateway loads
/// and Apollo's and The Guild's tools read — validating keys, <c>@requires</c>/<c>@provides</c> field sets,
/// shareability and type compatibility on the way, with Apollo's error codes and messages.
/// </summary>
public static class SupergraphComposer
{
    private const string ReservedSubgraphName = "_";

    /// <summary>Composes the subgraphs; the order they are given in does not matter (subgraphs are ordered by name).</summary>
    /// <param name="subgraphs">The subgraphs: Federation 2 (with <c>@link</c>) or Federation 1 SDL.</param>
    /// <returns>The supergraph SDL, or the errors that prevent it.</returns>
    /// <exception cref="ArgumentException">A subgraph, its URL or its SDL is null.</exception>
    public static CompositionResult Compose(IReadOnlyList<SubgraphDefinition> subgraphs)
    {
        ArgumentNullException.ThrowIfNull(subgraphs);
        if (subgraphs.Any(s => s?.Url is null || s.Sdl is null))
        {
            throw new ArgumentException("Every subgraph needs a URL and an SDL.", nameof(subgraphs));
        }

        var diagnostics = new CompositionDiagnostics();
        if (ValidateNames(subgraphs, diagnostics))
        {
            var loaded = subgraphs
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => SubgraphLoader.Load(s, diagnostics))
                .ToList();
            if (!diagnostics.HasErrors)
            {
                var upgraded = Federation1Upgrader.Upgrade(loaded.OfType<Subgraph>().ToList(), diagnostics);
                var valid = upgraded.Select(s => SubgraphValidator.Validate(s, diagnostics)).ToList().TrueForAll(v => v);
                if (valid && Merger.Merge(upgraded, diagnostics) is { } supergraph)
                {
                    return new CompositionResult(SupergraphPrinter.Print(supergraph), [], diagnostics.Hints);
                }
            }
        }

        return new CompositionResult(null, diagnostics.Errors, diagnostics.Hints);
    }

    private static bool ValidateNames(IReadOnlyList<SubgraphDefinition> subgraphs, CompositionDiagnostics diagnostics)
    {
        if (subgraphs.Count == 0)
        {
            diagnostics.Error(CompositionErrorCodes.NoQueries, "No subgraphs to compose: a supergraph needs at least one subgraph with queries.");
            return false;
        }

        foreach (var subgraph in subgraphs)
        {
            if (string.IsNullOrWhiteSpace(subgraph.Name) || subgraph.Name == ReservedSubgraphName)
            {
                diagnostics.Error(CompositionErrorCodes.InvalidSubgraphName,
                    $"Invalid name \"{subgraph.Name}\" for a subgraph: names must not be empty and \"{ReservedSubgraphName}\" is reserved.", subgraph.Name);
            }
        }

        foreach (var duplicate in subgraphs.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Error(CompositionErrorCodes.InvalidGraphQL, $"A subgraph named {duplicate.Key} already exists.", duplicate.Key);
        }

        return !diagnostics.HasErrors;
    }
}
