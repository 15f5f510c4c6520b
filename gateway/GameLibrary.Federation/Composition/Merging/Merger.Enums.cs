using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Merging;

/// <summary>Union members and enum values.</summary>
internal sealed partial class Merger
{
    private bool MergeUnion(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        foreach (var member in sources.Present.SelectMany(p => p.Element.Members).Distinct())
        {
            dest.Members.Add(member);
        }

        foreach (var member in dest.Members)
        {
            foreach (var (index, _) in sources.Present.Where(p => p.Element.Members.Contains(member)))
            {
                dest.Directives.Add(new AppliedDirective("join__unionMember", ("graph", Graph(index)), ("member", new StringValue(member))));
            }
        }

        return true;
    }

    /// <summary>
    /// Values of an output-only enum are the union of the subgraphs' values; of an input-only enum, the intersection;
    /// an enum used both ways must have the same values everywhere.
    /// </summary>
    private bool MergeEnum(Sources<TypeDefinition> sources, TypeDefinition dest)
    {
        if (!enumUsages.TryGetValue(dest.Name, out var usage))
        {
            diagnostics.Hint("UNUSED_ENUM_TYPE",
                $"Enum type \"{dest.Name}\" is defined but unused. It will be included in the supergraph with all the values appearing in any subgraph (\"as if\" it was only used as an output type).");
            usage = new EnumUsage { OutputExample = "" };
        }

        foreach (var name in sources.Present.SelectMany(p => p.Element.Values.Keys).Distinct().ToList())
        {
            var value = new EnumValueDefinition(name, $"{dest.Name}.{name}");
            dest.Values.Add(name, value);
            var valueSources = sources.Map(t => t.Values.GetValueOrDefault(name));
            value.Description = MergeDescription(valueSources.Present.Select(p => p.Element.Description));
            MergeAppliedDirectives(valueSources, v => v.Directives, value.Directives, inaccessiblePhase: true);
            foreach (var (index, _) in valueSources.Present)
            {
                value.Directives.Add(new AppliedDirective("join__enumValue", ("graph", Graph(index))));
            }

            MergeAppliedDirectives(valueSources, v => v.Directives, value.Directives, inaccessiblePhase: false);
            var inaccessible = inaccessibleName is not null && value.HasDirective(inaccessibleName);
            var missingIn = sources.Present.Where(p => !p.Element.Values.ContainsKey(name)).Select(p => names[p.Index]).ToList();
            if (inaccessible || !usage.IsInput || missingIn.Count == 0)
            {
                continue;
            }

            if (usage.IsOutput)
            {
                var definedIn = valueSources.Present.Select(p => names[p.Index]).ToList();
                diagnostics.Error(CompositionErrorCodes.EnumValueMismatch,
                    $"Enum type \"{dest.Name}\" is used as both input type (for example, as type of \"{usage.InputExample}\") and output type (for example, as type of \"{usage.OutputExample}\"), "
                    + $"but value \"{name}\" is not defined in all the subgraphs defining \"{dest.Name}\": \"{name}\" is defined in {HumanReadable.Subgraphs(definedIn)} but not in {HumanReadable.Subgraphs(missingIn)}",
                    definedIn.Concat(missingIn));
            }
            else
            {
                diagnostics.Hint("INCONSISTENT_ENUM_VALUE_FOR_INPUT_ENUM",
                    $"Value \"{name}\" of enum type \"{dest.Name}\" will not be part of the supergraph as it is not defined in all the subgraphs defining \"{dest.Name}\".");
                dest.Values.Remove(name);
            }
        }

        if (dest.Values.Count == 0)
        {
            diagnostics.Error(CompositionErrorCodes.EmptyMergedEnumType,
                $"None of the values of enum type \"{dest.Name}\" are defined consistently in all the subgraphs defining that type. As only values common to all subgraphs are merged, this would result in an empty type.",
                sources.Present.Select(p => names[p.Index]));
        }

        return true;
    }
}
