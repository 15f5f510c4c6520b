using System.Globalization;
using System.Text.RegularExpressions;

using GameLibrary.Federation.Composition.Model;

namespace GameLibrary.Federation.Composition.Merging;

/// <summary><c>@override(from:, label:)</c>: which subgraph's copy of a field still resolves it.</summary>
internal sealed partial class Merger
{
    private OverrideContext ValidateOverride(Sources<FieldDefinition> sources, FieldDefinition dest)
    {
        var context = new OverrideContext();
        if (!fieldsWithOverride.Contains(dest.Coordinate))
        {
            return context;
        }

        var overrides = sources.Present
            .Select(p => (p.Index, p.Element, Override: p.Element.DirectivesNamed(subgraphs[p.Index].Names.Override).FirstOrDefault()))
            .ToList();
        var overriding = overrides.Where(o => o.Override is not null).ToList();
        foreach (var (index, field, directive) in overriding)
        {
            var subgraph = names[index];
            if (field.Parent.Kind == TypeKind.Interface)
            {
                diagnostics.Error(CompositionErrorCodes.OverrideOnInterface,
                    $"@override cannot be used on field \"{dest.Coordinate}\" on subgraph \"{subgraph}\": @override is not supported on interface type fields.", subgraph);
                continue;
            }

            if (subgraphs[index].IsInterfaceObject(field.Parent))
            {
                diagnostics.Error(CompositionErrorCodes.OverrideCollisionWithAnotherDirective,
                    $"@override is not yet supported on fields of @interfaceObject types: cannot be used on field \"{dest.Coordinate}\" on subgraph \"{subgraph}\".", subgraph);
                continue;
            }

            var from = directive!.StringArgument("from") ?? "";
            var fromIndex = names.ToList().IndexOf(from);
            if (fromIndex < 0)
            {
                context.SetUnknownTarget(index);
                diagnostics.Hint("FROM_SUBGRAPH_DOES_NOT_EXIST",
                    $"Source subgraph \"{from}\" for field \"{dest.Coordinate}\" on subgraph \"{subgraph}\" does not exist.{DidYouMean(from)}");
            }
            else if (fromIndex == index)
            {
                diagnostics.Error(CompositionErrorCodes.OverrideFromSelfError,
                    $"Source and destination subgraphs \"{from}\" are the same for overridden field \"{dest.Coordinate}\"", subgraph);
            }
            else if (overriding.Any(o => o.Index == fromIndex))
            {
                diagnostics.Error(CompositionErrorCodes.OverrideSourceHasOverride,
                    $"Field \"{dest.Coordinate}\" on subgraph \"{subgraph}\" is also marked with directive @override in subgraph \"{from}\". Only one @override directive is allowed per field.",
                    subgraph, from);
            }
            else if (sources[fromIndex] is not { } fromField)
            {
                if (!sources.Lists(fromIndex) && AbstractedFields(dest, fromIndex) is { Count: > 0 } abstracted)
                {
                    diagnostics.Error(CompositionErrorCodes.OverrideCollisionWithAnotherDirective,
                        $"Invalid @override on field \"{dest.Coordinate}\" of subgraph \"{subgraph}\": source subgraph \"{from}\" does not have field \"{dest.Coordinate}\" but abstract it in {HumanReadable.Types(abstracted.Select(f => f.Parent.Name))} and overriding abstracted fields is not supported.",
                        subgraph, from);
                }
                else
                {
                    diagnostics.Hint("OVERRIDE_DIRECTIVE_CAN_BE_REMOVED",
                        $"Field \"{dest.Coordinate}\" on subgraph \"{subgraph}\" no longer exists in the from subgraph. The @override directive can be removed.");
                }
            }
            else
            {
                ApplyOverride(context, dest, index, field, fromIndex, fromField, directive.StringArgument("label"));
            }
        }

        return context;
    }

    private void ApplyOverride(OverrideContext context, FieldDefinition dest, int index, FieldDefinition field, int fromIndex, FieldDefinition fromField, string? label)
    {
        var subgraph = names[index];
        var from = names[fromIndex];
        var fromNames = subgraphs[fromIndex].Names;
        var conflict = fromField.HasDirective(fromNames.Requires) ? (Directive: fromNames.Requires, Subgraph: from)
            : fromField.HasDirective(fromNames.Provides) ? (Directive: fromNames.Provides, Subgraph: from)
            : IsExternal(index, field) ? (Directive: subgraphs[index].Names.External, Subgraph: subgraph)
            : default;
        if (conflict.Directive is not null)
        {
            diagnostics.Error(CompositionErrorCodes.OverrideCollisionWithAnotherDirective,
                $"@override cannot be used on field \"{fromField.Coordinate}\" on subgraph \"{subgraph}\" since \"{fromField.Coordinate}\" on \"{conflict.Subgraph}\" is marked with directive \"@{conflict.Directive}\"",
                subgraph, from);
            return;
        }

        if (IsExternal(fromIndex, fromField))
        {
            diagnostics.Hint("OVERRIDE_DIRECTIVE_CAN_BE_REMOVED",
                $"Field \"{dest.Coordinate}\" on subgraph \"{subgraph}\" is not resolved anymore by the from subgraph (it is marked \"@external\" in \"{from}\"). The @override directive can be removed.");
        }
        else if (subgraphs[fromIndex].Metadata.IsUsed(fromField))
        {
            context.SetUsedOverridden(fromIndex);
        }
        else
        {
            context.SetUnusedOverridden(fromIndex);
        }

        if (label is null)
        {
            return;
        }

        if (IsValidLabel(label))
        {
            context.SetLabel(index, label);
            context.SetLabel(fromIndex, label);
        }
        else
        {
            diagnostics.Error(CompositionErrorCodes.OverrideLabelInvalid,
                $"Invalid @override label \"{label}\" on field \"{dest.Coordinate}\" on subgraph \"{subgraph}\": labels must start with a letter and after that may contain alphanumerics, underscores, minuses, colons, periods, or slashes. Alternatively, labels may be of the form \"percent(x)\" where x is a float between 0-100 inclusive.",
                subgraph);
        }
    }

    private static bool IsValidLabel(string label) =>
        LabelPattern().IsMatch(label)
        || (PercentPattern().Match(label) is { Success: true } percent
            && double.Parse(percent.Groups[1].Value, CultureInfo.InvariantCulture) is >= 0 and <= 100);

    /// <summary>" Did you mean "x"?" for subgraph names close to a misspelled one (graphql-js's suggestion rule).</summary>
    private string DidYouMean(string input)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var suggestions = names
            .Select(n => (Name: n, Distance: string.Equals(n, input, StringComparison.OrdinalIgnoreCase) ? 1 : Levenshtein(input.ToLowerInvariant(), n.ToLowerInvariant())))
            .Where(s => s.Distance <= threshold)
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => $"\"{s.Name}\"")
            .Take(5)
            .ToList();
        return suggestions.Count switch
        {
            0 => "",
            1 => $" Did you mean {suggestions[0]}?",
            _ => $" Did you mean {HumanReadable.Join(suggestions, ", ", " or ")}?",
        };
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9_\-:./]*$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^percent\((\d{1,2}(\.\d{1,8})?|100)\)$")]
    private static partial Regex PercentPattern();
}
