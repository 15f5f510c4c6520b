using GameLibrary.Federation.Composition.Model;
using GameLibrary.Federation.Composition.Subgraphs;

namespace GameLibrary.Federation.Composition.Merging;

/// <summary>Directives: the linked specifications, composed and executable directive definitions, and merged applications.</summary>
internal sealed partial class Merger
{
    private readonly Dictionary<string, DirectiveDefinition> composedDefinitions = new(StringComparer.Ordinal);

    private void PrepareSupergraph()
    {
        SupergraphSpecs.AddLink(supergraph);
        supergraph.Directives.Add(SupergraphSpecs.LinkApplication(SupergraphSpecs.LinkUrl));
        SupergraphSpecs.AddJoin(supergraph, joinMinor);
        supergraph.Directives.Add(SupergraphSpecs.LinkApplication(SupergraphSpecs.JoinUrl(joinMinor), "EXECUTION"));

        tagName = SpecDirectiveName(FederationSpec.Tag, s => s.Names.Tag);
        if (tagName is not null)
        {
            SupergraphSpecs.AddTag(supergraph, tagName);
            supergraph.Directives.Add(SupergraphSpecs.LinkApplication(SupergraphSpecs.TagUrl, imports: Imports(FederationSpec.Tag, tagName)));
        }

        inaccessibleName = SpecDirectiveName(FederationSpec.Inaccessible, s => s.Names.Inaccessible);
        if (inaccessibleName is not null)
        {
            SupergraphSpecs.AddInaccessible(supergraph, inaccessibleName);
            supergraph.Directives.Add(SupergraphSpecs.LinkApplication(SupergraphSpecs.InaccessibleUrl, "SECURITY", Imports(FederationSpec.Inaccessible, inaccessibleName)));
        }

        PrepareComposedDirectives();
        var graphEnum = supergraph.Types["join__Graph"];
        for (var i = 0; i < subgraphs.Count; i++)
        {
            var value = new EnumValueDefinition(graphs[i], $"join__Graph.{graphs[i]}");
            value.Directives.Add(new AppliedDirective("join__graph", ("name", new StringValue(names[i])), ("url", new StringValue(subgraphs[i].Url))));
            graphEnum.Values.Add(value.Name, value);
        }
    }

    /// <summary>The <c>import:</c> of a spec link when the directive is not under its default name.</summary>
    private static ListValue? Imports(string nameInSpec, string nameInSupergraph) => nameInSpec == nameInSupergraph
        ? null
        : new ListValue([new ObjectValue([KeyValuePair.Create<string, Value>("name", new StringValue("@" + nameInSpec)), KeyValuePair.Create<string, Value>("as", new StringValue("@" + nameInSupergraph))])]);

    /// <summary>
    /// The supergraph name of a federation directive that is merged into the supergraph (<c>@tag</c>, <c>@inaccessible</c>),
    /// or null when no subgraph applies it. Subgraphs must agree on the name they import it under.
    /// </summary>
    private string? SpecDirectiveName(string nameInSpec, Func<Subgraph, string> localName)
    {
        var users = new Sources<string>(subgraphs.Select((s, i) => KeyValuePair.Create(i,
            s.Schema.AllAppliedDirectives().Any(d => d.Name == localName(s)) ? localName(s) : null)));
        var distinct = users.Present.Select(p => p.Element).Distinct().ToList();
        if (distinct.Count > 1)
        {
            // Like Apollo, the message starts from the first subgraph that departs from the first name seen.
            var version = users.Present.Max(p => subgraphs[p.Index].FederationMinor);
            var (message, involved) = MismatchReporter.Error(
                $"The \"@{nameInSpec}\" directive (from {FederationSpec.Identity}/v2.{version}) is imported with mismatched name between subgraphs: it is imported as ",
                users, names, n => $"\"@{n}\"", $"\"@{distinct[1]}\"");
            diagnostics.Error(CompositionErrorCodes.LinkImportNameMismatch, message, involved);
        }

        return distinct.FirstOrDefault();
    }

    private void PrepareComposedDirectives()
    {
        var features = new List<(FeatureLink Link, List<(string NameInFeature, string Name)> Directives)>();
        for (var i = 0; i < subgraphs.Count; i++)
        {
            var subgraph = subgraphs[i];
            foreach (var name in subgraph.ComposedDirectives)
            {
                if (!subgraph.Schema.DirectiveDefinitions.ContainsKey(name))
                {
                    diagnostics.Error(CompositionErrorCodes.DirectiveCompositionError,
                        $"Could not find matching directive definition for argument to @{subgraph.Names.ComposeDirective} \"@{name}\" in subgraph \"{subgraph.Name}\".", subgraph.Name);
                    continue;
                }

                var link = subgraph.Links.FirstOrDefault(l => l.DirectiveNameInFeature(name) is not null);
                if (link is null)
                {
                    diagnostics.Error(CompositionErrorCodes.DirectiveCompositionError,
                        $"Directive \"@{name}\" in subgraph \"{subgraph.Name}\" cannot be composed because it is not a member of a core feature", subgraph.Name);
                    continue;
                }

                var nameInFeature = link.DirectiveNameInFeature(name)!;
                var index = features.FindIndex(f => f.Link.Url.Identity == link.Url.Identity);
                if (index < 0)
                {
                    features.Add((link, []));
                    index = features.Count - 1;
                }
                else if (link.Url.Major != features[index].Link.Url.Major)
                {
                    diagnostics.Error(CompositionErrorCodes.DirectiveCompositionError,
                        $"Core feature \"{link.Url.Identity}\" requested to be merged has major version mismatch across subgraphs", subgraph.Name);
                    continue;
                }
                else if (link.Url.Minor > features[index].Link.Url.Minor)
                {
                    features[index] = (link, features[index].Directives);
                }

                var directives = features[index].Directives;
                if (directives.FirstOrDefault(d => d.NameInFeature == nameInFeature) is { Name: { } existing } && existing != name)
                {
                    diagnostics.Error(CompositionErrorCodes.DirectiveCompositionError,
                        $"Composed directive \"@{nameInFeature}\" is named differently in a subgraph that composes it: \"@{existing}\" and \"@{name}\" (in subgraph \"{subgraph.Name}\").", subgraph.Name);
                    continue;
                }

                if (!directives.Any(d => d.NameInFeature == nameInFeature))
                {
                    directives.Add((nameInFeature, name));
                }
            }
        }

        foreach (var (link, directives) in features)
        {
            var imports = directives.Select(d => d.NameInFeature == d.Name
                ? (Value)new StringValue("@" + d.Name)
                : new ObjectValue([KeyValuePair.Create<string, Value>("name", new StringValue("@" + d.NameInFeature)), KeyValuePair.Create<string, Value>("as", new StringValue("@" + d.Name))]));
            supergraph.Directives.Add(SupergraphSpecs.LinkApplication(link.Url.Url, imports: new ListValue(imports.ToList())));
            foreach (var (_, name) in directives)
            {
                // The definition comes from a subgraph linking the newest version of the feature.
                var source = subgraphs.First(s => s.Links.Any(l => l.Url == link.Url) && s.Schema.DirectiveDefinitions.ContainsKey(name)).Schema.DirectiveDefinitions[name];
                var definition = new DirectiveDefinition(name) { Description = source.Description, Repeatable = source.Repeatable };
                definition.Locations.AddRange(source.Locations);
                foreach (var argument in source.Arguments.Values)
                {
                    definition.Arguments[argument.Name] = CopyInputValue(argument, argument.Coordinate);
                }

                composedDefinitions[name] = definition;
                supergraph.DirectiveDefinitions[name] = definition;
            }
        }
    }

    private static InputValueDefinition CopyInputValue(InputValueDefinition source, string coordinate)
    {
        var copy = new InputValueDefinition(source.Name, source.Type, coordinate) { Description = source.Description, DefaultValue = source.DefaultValue };
        copy.Directives.AddRange(source.Directives);
        return copy;
    }

    /// <summary>The supergraph name of a directive applied in a subgraph, or null when the supergraph does not keep it.</summary>
    private string? MergedDirectiveName(int subgraph, string localName)
    {
        var names = subgraphs[subgraph].Names;
        if (tagName is not null && localName == names.Tag)
        {
            return tagName;
        }

        if (inaccessibleName is not null && localName == names.Inaccessible)
        {
            return inaccessibleName;
        }

        if (composedDefinitions.ContainsKey(localName) && subgraphs[subgraph].ComposedDirectives.Contains(localName))
        {
            return localName;
        }

        return localName is "deprecated" or "specifiedBy" ? localName : null;
    }

    private bool IsRepeatable(string supergraphName) =>
        supergraphName == tagName || (composedDefinitions.TryGetValue(supergraphName, out var definition) && definition.Repeatable);

    /// <summary>
    /// Copies the applications of merged directives onto the supergraph element. Apollo merges <c>@inaccessible</c>
    /// first and the others last; repeatable directives keep every distinct application, the others the most common one.
    /// </summary>
    private void MergeAppliedDirectives<T>(Sources<T> sources, Func<T, List<AppliedDirective>> directivesOf, List<AppliedDirective> dest, bool inaccessiblePhase)
        where T : class
    {
        var present = sources.Present.ToList();
        var order = new List<string>();
        foreach (var (index, source) in present)
        {
            foreach (var directive in directivesOf(source))
            {
                if (MergedDirectiveName(index, directive.Name) is { } name && (name == inaccessibleName) == inaccessiblePhase && !order.Contains(name))
                {
                    order.Add(name);
                }
            }
        }

        foreach (var name in order)
        {
            var perSource = present
                .Select(p => directivesOf(p.Element).Where(d => MergedDirectiveName(p.Index, d.Name) == name).ToList())
                .Where(l => l.Count > 0)
                .ToList();
            if (IsRepeatable(name))
            {
                while (perSource.Count > 0)
                {
                    var application = perSource[0][0];
                    dest.Add(new AppliedDirective(name, application.Arguments));
                    perSource = perSource.Select(l => l.Where(d => !d.SameAs(application)).ToList()).Where(l => l.Count > 0).ToList();
                }
            }
            else
            {
                var distinct = new List<AppliedDirective>();
                var counts = new List<int>();
                foreach (var application in perSource.Select(l => l[0]))
                {
                    var index = distinct.FindIndex(d => d.SameAs(application));
                    if (index < 0)
                    {
                        distinct.Add(application);
                        counts.Add(1);
                    }
                    else
                    {
                        counts[index]++;
                    }
                }

                dest.Add(new AppliedDirective(name, distinct[counts.IndexOf(counts.Max())].Arguments));
            }
        }
    }

    /// <summary>Executable directives (<c>on FIELD | QUERY ...</c>) are kept when every subgraph defines them, with the locations they share.</summary>
    private void MergeDirectiveDefinitions()
    {
        var candidates = subgraphs
            .SelectMany((s, i) => s.Schema.DirectiveDefinitions.Values.Where(d => !s.ComposedDirectives.Contains(d.Name) && d.Locations.Any(DirectiveLocations.IsExecutable)))
            .Select(d => d.Name)
            .Distinct()
            .ToList();
        foreach (var name in candidates)
        {
            var sources = subgraphs.Select(s => s.Schema.DirectiveDefinitions.GetValueOrDefault(name)).ToList();
            if (sources.Any(s => s is null))
            {
                diagnostics.Hint("INCONSISTENT_EXECUTABLE_DIRECTIVE_PRESENCE",
                    $"Executable directive \"@{name}\" will not be part of the supergraph as it does not appear in all subgraphs.");
                continue;
            }

            List<string>? locations = null;
            foreach (var source in sources)
            {
                var own = source!.Locations.Where(DirectiveLocations.IsExecutable).Order(StringComparer.Ordinal).ToList();
                locations = locations is null ? own : locations.Where(own.Contains).ToList();
            }

            if (locations!.Count == 0)
            {
                diagnostics.Hint("NO_EXECUTABLE_DIRECTIVE_LOCATIONS_INTERSECTION", $"Executable directive \"@{name}\" has no location that is common to all subgraphs.");
                continue;
            }

            var definition = new DirectiveDefinition(name)
            {
                Repeatable = sources.All(s => s!.Repeatable),
                Description = MergeDescription(sources.Select(s => s!.Description)),
            };
            definition.Locations.AddRange(locations);
            var directiveSources = new Sources<DirectiveDefinition>(sources.Select((s, i) => KeyValuePair.Create(i, s)));
            MergeArguments(directiveSources.Map(d => d.Arguments), definition.Arguments, $"@{name}");
            supergraph.DirectiveDefinitions[name] = definition;
        }
    }
}
