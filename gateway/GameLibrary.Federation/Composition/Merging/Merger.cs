using GameLibrary.Federation.Composition.Model;
using GameLibrary.Federation.Composition.Subgraphs;

namespace GameLibrary.Federation.Composition.Merging;

/// <summary>
/// Merges validated subgraphs into a supergraph schema with join-spec directives, following the rules of Apollo's
/// composition (<c>@apollo/composition</c>'s merger): the same merge order, the same
/// <c>@join__*</c> applications, the same errors.
/// </summary>
internal sealed partial class Merger
{
    private readonly IReadOnlyList<Subgraph> subgraphs;
    private readonly IReadOnlyList<string> names;
    private readonly IReadOnlyList<string> graphs;
    private readonly CompositionDiagnostics diagnostics;
    private readonly Schema supergraph = new();
    private readonly Dictionary<string, EnumUsage> enumUsages = new(StringComparer.Ordinal);
    private readonly HashSet<string> fieldsWithOverride = new(StringComparer.Ordinal);
    private readonly int joinMinor;
    private string? tagName;
    private string? inaccessibleName;

    private Merger(IReadOnlyList<Subgraph> subgraphs, CompositionDiagnostics diagnostics)
    {
        this.subgraphs = subgraphs;
        this.diagnostics = diagnostics;
        names = subgraphs.Select(s => s.Name).ToList();
        graphs = GraphNames.For(names);
        joinMinor = SupergraphSpecs.JoinMinor(subgraphs.Max(s => s.FederationMinor));
        foreach (var subgraph in subgraphs)
        {
            foreach (var field in subgraph.Schema.Types.Values.SelectMany(t => t.Fields.Values).Where(f => f.HasDirective(subgraph.Names.Override)))
            {
                fieldsWithOverride.Add(field.Coordinate);
            }
        }
    }

    /// <summary>The supergraph, or null when merging found errors (they are reported).</summary>
    /// <param name="subgraphs">Validated subgraphs, in the order of their names.</param>
    /// <param name="diagnostics">Where errors and hints go.</param>
    public static Schema? Merge(IReadOnlyList<Subgraph> subgraphs, CompositionDiagnostics diagnostics)
    {
        var merger = new Merger(subgraphs, diagnostics);
        var before = diagnostics.Errors.Count;
        merger.Run();
        return diagnostics.Errors.Count == before ? merger.supergraph : null;
    }

    private void Run()
    {
        var before = diagnostics.Errors.Count;
        PrepareSupergraph();
        if (diagnostics.Errors.Count > before)
        {
            return;
        }

        AddTypesShallow();
        var types = supergraph.Types.Values.Where(t => !IsSpecType(t.Name)).ToList();
        foreach (var type in types.Where(t => t.Kind == TypeKind.Object).Concat(types.Where(t => t.Kind == TypeKind.Interface)))
        {
            MergeImplements(type);
        }

        foreach (var union in types.Where(t => t.Kind == TypeKind.Union))
        {
            MergeType(union);
        }

        MergeSchemaDefinition();
        foreach (var kind in new[] { TypeKind.Scalar, TypeKind.InputObject, TypeKind.Interface, TypeKind.Object })
        {
            foreach (var type in types.Where(t => t.Kind == kind))
            {
                MergeType(type);
            }
        }

        MergeDirectiveDefinitions();
        foreach (var enumType in types.Where(t => t.Kind == TypeKind.Enum))
        {
            MergeType(enumType);
        }

        if (supergraph.Root(RootKind.Query) is null)
        {
            diagnostics.Error(CompositionErrorCodes.NoQueries, "No queries found in any subgraph: a supergraph must have a query root type.");
        }

        AddMissingInterfaceObjectFieldsToImplementations();
        if (diagnostics.Errors.Count == before)
        {
            ValidateInterfaceImplementations();
        }
    }

    private static bool IsSpecType(string name) =>
        name.StartsWith("join__", StringComparison.Ordinal) || name.StartsWith("link__", StringComparison.Ordinal);

    private void AddTypesShallow()
    {
        var mismatched = new List<string>();
        var interfaceObjects = new List<string>();
        foreach (var subgraph in subgraphs)
        {
            foreach (var type in subgraph.Schema.Types.Values)
            {
                var kind = subgraph.SupergraphKind(type);
                if (subgraph.IsInterfaceObject(type) && !interfaceObjects.Contains(type.Name))
                {
                    interfaceObjects.Add(type.Name);
                }

                if (supergraph.Type(type.Name) is not { } existing)
                {
                    supergraph.Types.Add(type.Name, new TypeDefinition(type.Name, kind));
                }
                else if (existing.Kind != kind && !mismatched.Contains(type.Name))
                {
                    mismatched.Add(type.Name);
                }
            }
        }

        foreach (var name in mismatched)
        {
            var dest = supergraph.Types[name];
            var sources = new Sources<TypeDefinition>(subgraphs.Select((s, i) => KeyValuePair.Create(i, s.Schema.Type(name))));
            var (message, involved) = MismatchReporter.Error($"Type \"{name}\" has mismatched kind: it is defined as ", sources, names,
                Describe, KindDescription(dest.Kind, interfaceObject: false));
            diagnostics.Error(CompositionErrorCodes.TypeKindMismatch, message, involved);
        }

        foreach (var name in interfaceObjects.Where(n => !mismatched.Contains(n)))
        {
            if (!subgraphs.Any(s => s.Schema.Type(name) is { Kind: TypeKind.Interface }))
            {
                var defining = subgraphs.Where(s => s.Schema.Type(name) is not null).Select(s => s.Name).ToList();
                diagnostics.Error(CompositionErrorCodes.InterfaceObjectUsageError,
                    $"Type \"{name}\" is declared with @interfaceObject in all the subgraphs in which it is defined (it is defined in {HumanReadable.Subgraphs(defining)} but should be defined as an interface in at least one subgraph)",
                    defining);
            }
        }

        string Describe(TypeDefinition type) =>
            KindDescription(type.Kind, subgraphs.Any(s => s.Schema.Type(type.Name) == type && s.IsInterfaceObject(type)));
    }

    private static string KindDescription(TypeKind kind, bool interfaceObject) => interfaceObject
        ? "Interface Object Type (Object Type with @interfaceObject)"
        : kind switch
        {
            TypeKind.InputObject => "Input Object Type",
            _ => kind + " Type",
        };

    /// <summary>Each subgraph's type of that name and of the same supergraph kind (an @interfaceObject counts as an interface).</summary>
    private Sources<TypeDefinition> TypeSources(TypeDefinition dest) =>
        new(subgraphs.Select((s, i) => KeyValuePair.Create(i,
            s.Schema.Type(dest.Name) is { } type && s.SupergraphKind(type) == dest.Kind ? type : null)));

    private void MergeImplements(TypeDefinition dest)
    {
        foreach (var (index, source) in TypeSources(dest).Present)
        {
            foreach (var itf in source.Interfaces)
            {
                if (!dest.Interfaces.Contains(itf))
                {
                    dest.Interfaces.Add(itf);
                }

                dest.Directives.Add(new AppliedDirective("join__implements", ("graph", Graph(index)), ("interface", new StringValue(itf))));
            }
        }
    }

    private EnumValue Graph(int subgraph) => new(graphs[subgraph]);

    private void MergeType(TypeDefinition dest)
    {
        var sources = TypeSources(dest);
        CheckForExtensionWithNoBase(sources, dest);
        dest.Description = MergeDescription(sources.Present.Select(p => p.Element.Description));
        AddJoinType(sources, dest);
        MergeAppliedDirectives(sources, t => t.Directives, dest.Directives, inaccessiblePhase: true);
        var kept = dest.Kind switch
        {
            TypeKind.Object => MergeObject(sources, dest),
            TypeKind.Interface => MergeInterface(sources, dest),
            TypeKind.Union => MergeUnion(sources, dest),
            TypeKind.Enum => MergeEnum(sources, dest),
            TypeKind.InputObject => MergeInput(sources, dest),
            _ => true,
        };
        if (kept)
        {
            MergeAppliedDirectives(sources, t => t.Directives, dest.Directives, inaccessiblePhase: false);
        }
    }

    private void CheckForExtensionWithNoBase(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        if (dest.Kind == TypeKind.Object && supergraph.IsRootType(dest.Name))
        {
            return;
        }

        var present = sources.Present.ToList();
        if (present.Any(p => p.Element.HasExtension) && !present.Any(p => p.Element.HasDefinition))
        {
            foreach (var (index, _) in present.Where(p => p.Element.HasExtension))
            {
                diagnostics.SubgraphError(names[index], CompositionErrorCodes.ExtensionWithNoBase,
                    $"Type \"{dest.Name}\" is an extension type, but there is no type definition for \"{dest.Name}\" in any subgraph.");
            }
        }
    }

    private void AddJoinType(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        foreach (var (index, source) in sources.Present)
        {
            var subgraph = subgraphs[index];
            var interfaceObject = subgraph.IsInterfaceObject(source) ? BooleanValue.True : null;
            var keys = subgraph.Keys(source).ToList();
            if (keys.Count == 0)
            {
                dest.Directives.Add(new AppliedDirective("join__type", ("graph", Graph(index)), ("isInterfaceObject", interfaceObject)));
                continue;
            }

            foreach (var key in keys)
            {
                var extension = key.OnExtension || source.HasDirective(subgraph.Names.Extends) ? BooleanValue.True : null;
                dest.Directives.Add(new AppliedDirective("join__type",
                    ("graph", Graph(index)),
                    ("key", key.Argument("fields")),
                    ("extension", extension),
                    ("resolvable", key.Argument("resolvable")),
                    ("isInterfaceObject", interfaceObject)));
            }
        }
    }

    /// <summary>The description most subgraphs agree on; an empty description loses to any other.</summary>
    private static string? MergeDescription(IEnumerable<string?> descriptions)
    {
        var distinct = new List<string>();
        var counts = new List<long>();
        foreach (var description in descriptions)
        {
            if (description is null)
            {
                continue;
            }

            var index = distinct.IndexOf(description);
            if (index < 0)
            {
                distinct.Add(description);
                counts.Add(description.Length == 0 ? int.MinValue : 1);
            }
            else
            {
                counts[index]++;
            }
        }

        if (distinct.Count <= 1)
        {
            return distinct.FirstOrDefault();
        }

        var nonEmpty = distinct.Where(d => d.Length > 0).ToList();
        return nonEmpty.Count == 1 ? nonEmpty[0] : distinct[counts.IndexOf(counts.Max())];
    }

    private void MergeSchemaDefinition()
    {
        foreach (var kind in Enum.GetValues<RootKind>())
        {
            if (subgraphs.Any(s => s.Schema.Root(kind) is { } root && s.Schema.Type(root)?.Fields.Count > 0))
            {
                supergraph.Roots[kind] = kind.ToString();
            }
        }

        var sources = new Sources<Schema>(subgraphs.Select((s, i) => KeyValuePair.Create(i, (Schema?)s.Schema)));
        supergraph.Description = MergeDescription(sources.Present.Select(p => p.Element.Description));
        MergeAppliedDirectives(sources, s => s.Directives, supergraph.Directives, inaccessiblePhase: true);
        MergeAppliedDirectives(sources, s => s.Directives, supergraph.Directives, inaccessiblePhase: false);
    }
}
