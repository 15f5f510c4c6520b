using GameLibrary.Federation.Planning.Selections;
using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// Decides whether a selection can be planned from a subgraph at a position and what it costs (null:
/// impossible): <see cref="Fetch"/> per extra fetch, plus one per field an entity fetch moves into a later stage
/// (the tie-breaker between plans with as many fetches). The planner uses it to pick root subgraphs and
/// entity-fetch targets and to know when staying in the current subgraph works. Memoized per plan.
/// </summary>
internal sealed class CostEstimator
{
    /// <summary>The cost of one fetch; field counts below it only break ties.</summary>
    public const int Fetch = 1 << 12;

    private readonly SubgraphCapabilities _capabilities;
    private readonly Dictionary<Key, int?> _memo = [];
    private readonly HashSet<(string Subgraph, string Type, string Field)> _evaluatingJumps = [];
    private readonly HashSet<(string Subgraph, string Type)> _evaluatingSources = [];
    private int _cycleCuts;

    public CostEstimator(SubgraphCapabilities capabilities)
    {
        _capabilities = capabilities;
    }

    /// <summary>The cost of selecting <paramref name="selections"/> from <paramref name="subgraph"/> on an object of <paramref name="typeName"/>.</summary>
    public int? Selections(string subgraph, string typeName, IReadOnlySet<string> runtimeTypes, SelectionList selections, SelectionList? provided)
    {
        var key = new Key(subgraph, typeName, RuntimeKey(typeName, runtimeTypes), selections, provided);
        if (_memo.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var cutsBefore = _cycleCuts;
        var cost = Compute(subgraph, typeName, runtimeTypes, selections, provided);
        if (_cycleCuts == cutsBefore)
        {
            // A result that skipped a jump to break a cycle holds only inside that cycle: not memoized.
            _memo[key] = cost;
        }

        return cost;
    }

    /// <summary>The cost of a field's sub-selections when the field itself is resolved by <paramref name="subgraph"/>.</summary>
    public int? Subtree(string subgraph, SupergraphField field, FieldSelection selection, SelectionList? childProvided) =>
        selection.SelectionSet is null
            ? 0
            : Selections(subgraph, _capabilities.ChildType(subgraph, field), _capabilities.ChildRuntimeTypes(subgraph, field), selection.SelectionSet, childProvided);

    /// <summary>The cost of one field on an object of concrete type <paramref name="typeName"/>.</summary>
    public int? Field(string subgraph, string typeName, FieldSelection selection, SelectionList? provided) =>
        FieldOption(subgraph, typeName, selection, provided).Cost;

    /// <summary>
    /// The cheaper way to get one field of a <paramref name="typeName"/> object from <paramref name="subgraph"/>:
    /// resolving it there (staying wins ties), or an entity fetch (then the target subgraph is returned).
    /// </summary>
    public (int? Cost, string? JumpTarget) FieldOption(string subgraph, string typeName, FieldSelection selection, SelectionList? provided)
    {
        if (selection.Name == "__typename")
        {
            return (0, null);
        }

        var field = _capabilities.Field(typeName, selection.Name);
        int? direct = null;
        if (_capabilities.CanResolveDirectly(subgraph, typeName, field, provided))
        {
            direct = Subtree(subgraph, field, selection, _capabilities.ChildProvided(subgraph, typeName, field, provided));
            if (direct == 0)
            {
                return (0, null);
            }
        }

        var jump = BestJump(subgraph, typeName, field, selection, provided, static _ => 0);
        if (jump is null && direct is null && Split(subgraph, typeName, field, selection, provided) is { } split)
        {
            return (split.Cost, split.Jump.Target.Subgraph);
        }

        return jump is not null && (direct is null || jump.Cost < direct) ? (jump.Cost, jump.Target.Subgraph) : (direct, null);
    }

    /// <summary>
    /// The splitting rule, used only when neither <paramref name="subgraph"/> nor one entity fetch serves the whole
    /// sub-selection of <paramref name="field"/>: the subgraph resolves the field with the part of the
    /// sub-selection it can serve (<see cref="Partition"/>), and an entity fetch on the parent gets the same field
    /// with the remaining part from another subgraph. Null when that does not work either.
    /// </summary>
    public SplitField? Split(string subgraph, string typeName, SupergraphField field, FieldSelection selection, SelectionList? provided)
    {
        if (selection.SelectionSet is null || !_capabilities.CanResolveDirectly(subgraph, typeName, field, provided))
        {
            return null;
        }

        var childProvided = _capabilities.ChildProvided(subgraph, typeName, field, provided);
        if (Partition(subgraph, _capabilities.ChildType(subgraph, field), selection.SelectionSet, childProvided) is not var (mine, rest)
            || !ServesSomething(mine) || rest.Items.Count == 0)
        {
            return null;
        }

        var here = selection.With(mine);
        var there = selection.With(rest);
        var cost = Subtree(subgraph, field, here, childProvided);
        var jump = BestJump(subgraph, typeName, field, there, provided, static _ => 0);
        return cost is null || jump is null ? null : new SplitField(here, there, jump, cost.Value + jump.Cost);
    }

    /// <summary>
    /// Splits selections on an object of <paramref name="typeName"/> into what <paramref name="subgraph"/> serves
    /// (whole fields, and the servable part of a composite field it resolves) and the rest, or null at an abstract
    /// position (not split). <c>__typename</c> stays here.
    /// </summary>
    public (SelectionList Mine, SelectionList Others)? Partition(string subgraph, string typeName, SelectionList selections, SelectionList? provided)
    {
        if (_capabilities.Type(typeName).IsAbstract)
        {
            return null;
        }

        var mine = new List<Selection>();
        var rest = new List<Selection>();
        foreach (var item in selections.Items)
        {
            switch (item)
            {
                case FieldSelection field when field.Name == "__typename" || Field(subgraph, typeName, field, provided) is not null:
                    mine.Add(field);
                    break;
                case FieldSelection field when field.SelectionSet is not null
                    && _capabilities.Field(typeName, field.Name) is var definition
                    && _capabilities.CanResolveDirectly(subgraph, typeName, definition, provided)
                    && Partition(subgraph, _capabilities.ChildType(subgraph, definition), field.SelectionSet, _capabilities.ChildProvided(subgraph, typeName, definition, provided)) is var (childMine, childRest)
                    && ServesSomething(childMine):
                    mine.Add(field.With(childMine));
                    rest.Add(field.With(childRest));
                    break;
                case FragmentSelection fragment when (fragment.TypeCondition is null || _capabilities.Schema.Satisfies(typeName, fragment.TypeCondition))
                    && Partition(subgraph, typeName, fragment.SelectionSet, provided) is var (fragmentMine, fragmentRest):
                    if (fragmentMine.Items.Count > 0)
                    {
                        mine.Add(new FragmentSelection(fragment.TypeCondition, fragment.Directives, fragment.DirectivesText, fragmentMine));
                    }

                    if (fragmentRest.Items.Count > 0)
                    {
                        rest.Add(new FragmentSelection(fragment.TypeCondition, fragment.Directives, fragment.DirectivesText, fragmentRest));
                    }

                    break;
                case FragmentSelection:
                    mine.Add(item);
                    break;
                default:
                    rest.Add(item);
                    break;
            }
        }

        return (new SelectionList(mine), new SelectionList(rest));
    }

    /// <summary>
    /// The cheapest entity fetch that gets <paramref name="field"/> (with its sub-selections) for an object
    /// of <paramref name="typeName"/> in <paramref name="subgraph"/>; <paramref name="bonus"/> lowers the cost of
    /// targets the plan already fetches from.
    /// </summary>
    public Jump? BestJump(string subgraph, string typeName, SupergraphField field, FieldSelection selection, SelectionList? provided, Func<string, int> bonus)
    {
        Jump? best = null;
        foreach (var target in _capabilities.JumpTargets(subgraph, typeName, field))
        {
            var guard = (target.Subgraph, typeName, field.Name);
            if (!_evaluatingJumps.Add(guard))
            {
                _cycleCuts++;
                continue;
            }

            try
            {
                EntityKey? key = null;
                int? keyCost = null;
                foreach (var candidate in _capabilities.ResolvableKeys(target.Subgraph, target.EntityType))
                {
                    var cost = Selections(subgraph, typeName, _capabilities.Single(typeName), _capabilities.Selections(candidate.Fields), provided);
                    if (cost is not null && (keyCost is null || cost < keyCost))
                    {
                        key = candidate;
                        keyCost = cost;
                    }
                }

                if (key is null || keyCost is null)
                {
                    continue;
                }

                var requiresCost = target.Field.Requires is null
                    ? 0
                    : Selections(subgraph, typeName, _capabilities.Single(typeName), _capabilities.Selections(target.Field.Requires), provided);
                if (requiresCost is null)
                {
                    continue;
                }

                var targetField = _capabilities.Field(target.EntityType, field.Name);
                var subtree = Subtree(target.Subgraph, targetField, selection, _capabilities.ChildProvided(target.Subgraph, target.EntityType, targetField, null));
                if (subtree is null)
                {
                    continue;
                }

                var total = Fetch + keyCost.Value + requiresCost.Value + subtree.Value + LaterFields(selection) - (Fetch * bonus(target.Subgraph));
                if (best is null || total < best.Cost)
                {
                    best = new Jump(target, key, total);
                }
            }
            finally
            {
                _evaluatingJumps.Remove(guard);
            }
        }

        return best;
    }

    /// <summary>
    /// The cheapest subgraph that knows interface <paramref name="interfaceName"/> as a real interface entity
    /// and can be reached with key fields <paramref name="subgraph"/> (which has it as an interface object) provides.
    /// </summary>
    public (string Subgraph, EntityKey Key, int Cost)? BestInterfaceSource(string subgraph, string interfaceName, IReadOnlySet<string> runtimeTypes, SelectionList rest, SelectionList? provided)
    {
        if (!_evaluatingSources.Add((subgraph, interfaceName)))
        {
            // The key itself would need this jump (a key the subgraph cannot select on the interface).
            _cycleCuts++;
            return null;
        }

        try
        {
            (string, EntityKey, int)? best = null;
            foreach (var target in _capabilities.InterfaceEntitySubgraphs(interfaceName))
            {
                foreach (var key in _capabilities.ResolvableKeys(target, interfaceName))
                {
                    var keyCost = Selections(subgraph, interfaceName, runtimeTypes, _capabilities.Selections(key.Fields), provided);
                    var restCost = Selections(target, interfaceName, runtimeTypes, rest, null);
                    if (keyCost is null || restCost is null)
                    {
                        continue;
                    }

                    var total = Fetch + keyCost.Value + restCost.Value + LaterFields(rest);
                    if (best is null || total < best.Value.Item3)
                    {
                        best = (target, key, total);
                    }
                }
            }

            return best;
        }
        finally
        {
            _evaluatingSources.Remove((subgraph, interfaceName));
        }
    }

    /// <summary>
    /// Splits the selections at an interface position that <paramref name="subgraph"/> can answer only on the
    /// interface itself (an interface object, or an interface without implementations there): the fields it
    /// resolves on the interface (<c>__typename</c>, with a null field, when <paramref name="typenameHere"/>), and
    /// the rest (type conditions, fields it lacks, <c>__typename</c> of an interface object).
    /// </summary>
    public (List<(FieldSelection Selection, SupergraphField? Field)> Direct, List<Selection> Others) SplitOnInterface(
        string subgraph, string interfaceName, SelectionList selections, SelectionList? provided, bool typenameHere)
    {
        var direct = new List<(FieldSelection, SupergraphField?)>();
        var rest = new List<Selection>();
        Split(selections);
        return (direct, rest);

        void Split(SelectionList list)
        {
            foreach (var item in list.Items)
            {
                switch (item)
                {
                    case FieldSelection { Name: "__typename" } typename when typenameHere:
                        direct.Add((typename, null));
                        break;
                    case FieldSelection field when field.Name != "__typename":
                        var definition = _capabilities.Field(interfaceName, field.Name);
                        if (_capabilities.CanResolveDirectly(subgraph, interfaceName, definition, provided)
                            && Subtree(subgraph, definition, field, _capabilities.ChildProvided(subgraph, interfaceName, definition, provided)) is not null)
                        {
                            direct.Add((field, definition));
                        }
                        else
                        {
                            rest.Add(field);
                        }

                        break;
                    case FragmentSelection fragment when (fragment.TypeCondition is null || fragment.TypeCondition == interfaceName) && fragment.Directives.Count == 0:
                        Split(fragment.SelectionSet);
                        break;
                    default:
                        rest.Add(item);
                        break;
                }
            }
        }
    }

    private int? Compute(string subgraph, string typeName, IReadOnlySet<string> runtimeTypes, SelectionList selections, SelectionList? provided)
    {
        var type = _capabilities.Type(typeName);
        if (type.IsAbstract)
        {
            if (_capabilities.Schema.IsInterfaceObjectIn(subgraph, typeName))
            {
                return InterfaceObject(subgraph, typeName, runtimeTypes, selections, provided);
            }

            var total = 0;
            var any = false;
            foreach (var possible in _capabilities.Schema.PossibleTypesIn(subgraph, typeName))
            {
                if (!runtimeTypes.Contains(possible))
                {
                    continue;
                }

                any = true;
                var cost = Selections(subgraph, possible, _capabilities.Single(possible), selections, provided);
                if (cost is null)
                {
                    return null;
                }

                total += cost.Value;
            }

            // No object type possible here: what the subgraph lacks on the interface is not free (see OnInterface).
            return any ? total : OnInterface(subgraph, typeName, runtimeTypes, selections, provided, typenameHere: true);
        }

        var sum = 0;
        HashSet<string>? targets = null;
        foreach (var item in selections.Items)
        {
            int? cost;
            switch (item)
            {
                case FieldSelection field:
                    var (fieldCost, target) = FieldOption(subgraph, typeName, field, provided);
                    cost = fieldCost;

                    // Entity fetches to one subgraph at one position merge into one fetch: count it once.
                    if (target is not null && !(targets ??= []).Add(target))
                    {
                        cost -= Fetch;
                    }

                    break;
                case FragmentSelection fragment when fragment.TypeCondition is null || _capabilities.Schema.Satisfies(typeName, fragment.TypeCondition):
                    cost = Selections(subgraph, typeName, runtimeTypes, fragment.SelectionSet, provided);
                    break;
                default:
                    cost = 0;
                    break;
            }

            if (cost is null)
            {
                return null;
            }

            sum += cost.Value;
        }

        return sum;
    }

    /// <summary>
    /// Splits what a subgraph lacks on an interface position: fields another subgraph resolves on the interface
    /// itself with a resolvable key (an entity jump on the interface, e.g. from one interface object to another),
    /// and the rest, which needs the concrete type (a subgraph with the real interface entity).
    /// </summary>
    public (List<(FieldSelection Selection, Jump Jump)> Jumps, List<Selection> Others) SplitInterfaceJumps(
        string subgraph, string interfaceName, List<Selection> rest, SelectionList? provided)
    {
        var jumps = new List<(FieldSelection, Jump)>();
        var others = new List<Selection>();
        var type = _capabilities.Type(interfaceName);
        foreach (var item in rest)
        {
            if (item is FieldSelection { Name: not "__typename" } selection && type.Field(selection.Name) is { } field
                && BestJump(subgraph, interfaceName, field, selection, provided, static _ => 0) is { } jump)
            {
                jumps.Add((selection, jump));
            }
            else
            {
                others.Add(item);
            }
        }

        return (jumps, others);
    }

    private int? InterfaceObject(string subgraph, string interfaceName, IReadOnlySet<string> runtimeTypes, SelectionList selections, SelectionList? provided) =>
        OnInterface(subgraph, interfaceName, runtimeTypes, selections, provided, typenameHere: false);

    /// <summary>
    /// An interface position answered on the interface itself: the fields the subgraph resolves there, plus an
    /// entity jump on the interface (to a subgraph where it is a real entity interface) for the rest, or null
    /// when no such jump exists.
    /// </summary>
    private int? OnInterface(string subgraph, string interfaceName, IReadOnlySet<string> runtimeTypes, SelectionList selections, SelectionList? provided, bool typenameHere)
    {
        var (direct, rest) = SplitOnInterface(subgraph, interfaceName, selections, provided, typenameHere);
        var total = 0;
        foreach (var (selection, field) in direct)
        {
            if (field is not null)
            {
                total += Subtree(subgraph, field, selection, _capabilities.ChildProvided(subgraph, interfaceName, field, provided)) ?? 0;
            }
        }

        var (jumps, others) = SplitInterfaceJumps(subgraph, interfaceName, rest, provided);
        HashSet<string>? targets = null;
        foreach (var (_, jump) in jumps)
        {
            // Jumps to one subgraph at one position merge into one fetch: count it once.
            total += (targets ??= []).Add(jump.Target.Subgraph) ? jump.Cost : jump.Cost - Fetch;
        }

        if (others.Count == 0)
        {
            return total;
        }

        return BestInterfaceSource(subgraph, interfaceName, runtimeTypes, new SelectionList(others), provided) is { } source
            ? total + source.Cost
            : null;
    }

    /// <summary>Whether a part of a split selection holds more than <c>__typename</c> (a fetch for that alone is not worth it).</summary>
    public static bool ServesSomething(SelectionList part) => part.Items.Any(i => i is not FieldSelection { Name: "__typename" });

    /// <summary>How many fields a selection moves into an entity fetch (the field and everything below it).</summary>
    private static int LaterFields(FieldSelection selection) =>
        1 + (selection.SelectionSet is { } children ? LaterFields(children) : 0);

    private static int LaterFields(SelectionList selections)
    {
        var count = 0;
        foreach (var item in selections.Items)
        {
            count += item switch
            {
                FieldSelection field => LaterFields(field),
                FragmentSelection fragment => LaterFields(fragment.SelectionSet),
                _ => 0,
            };
        }

        return count;
    }

    private static string RuntimeKey(string typeName, IReadOnlySet<string> runtimeTypes) =>
        runtimeTypes.Count == 1 && runtimeTypes.Contains(typeName) ? typeName : string.Join(',', runtimeTypes.Order(StringComparer.Ordinal));

    private readonly record struct Key(string Subgraph, string Type, string Runtime, SelectionList Selections, SelectionList? Provided);

    /// <summary>A field split in two: the part its subgraph serves, and the rest through an entity fetch on the parent.</summary>
    public sealed record SplitField(FieldSelection Here, FieldSelection There, Jump Jump, int Cost);

    /// <summary>A chosen entity fetch: target, key and cost.</summary>
    public sealed record Jump(JumpTarget Target, EntityKey Key, int Cost);
}
