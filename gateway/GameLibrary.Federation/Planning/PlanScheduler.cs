using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Planning.Selections;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// Orders fetch groups into <c>Sequence</c>/<c>Parallel</c> nodes: independent groups run in parallel, a
/// group runs after the groups it depends on; mutation root fields run in document order. Groups that only
/// serve selections under <c>@skip</c>/<c>@include</c> conditions go inside <c>Condition</c> nodes, one node
/// around as many of them as share the condition. Entity groups of one subgraph at the same dependency depth
/// (under the same conditions) become one <c>Batch</c>, a single request, where batching applies (ADR 0016).
/// </summary>
internal static class PlanScheduler
{
    /// <summary>Builds the plan's root node (null when there is nothing to fetch).</summary>
    public static PlanNode? Build(QueryPlanningContext context, OperationType operationType, FetchNodeFactory fetches, EntityFetchBatching batching)
    {
        Step? step;
        switch (operationType)
        {
            case OperationType.Mutation:
                var roots = context.RootGroups;
                var steps = roots
                    .Select(root => Schedule(Units([root, .. context.Groups.Where(g => g != root && g.DependsOn(root))], batching), []))
                    .ToList();
                step = steps.Count switch
                {
                    0 => null,
                    1 => steps[0],
                    _ => Sequence(steps),
                };
                break;
            case OperationType.Subscription when context.RootGroups.Count > 0:
                var primary = context.RootGroups[0];
                var rest = context.Groups.Where(g => g != primary).ToList();
                var index = 0;
                var primaryNode = fetches.Create(primary, operationType, index++);
                var restStep = rest.Count == 0 ? null : Schedule(Units(rest, batching), primary.Conditions);
                return new SubscriptionNode(primaryNode, restStep is null ? null : ToNode(restStep, fetches, operationType, ref index));
            default:
                step = context.Groups.Count == 0 ? null : Schedule(Units([.. context.Groups], batching), []);
                break;
        }

        var counter = 0;
        return step is null ? null : ToNode(step, fetches, operationType, ref counter);
    }

    /// <summary>
    /// The units to schedule: one per group, except that entity groups to a batched subgraph with the same
    /// depth (longest chain of dependencies within <paramref name="groups"/>) and the same conditions share one.
    /// Groups at one depth never depend on each other, and every dependency leads to a greater depth, so the
    /// units depend on each other without cycles.
    /// </summary>
    private static List<FetchUnit> Units(List<FetchGroup> groups, EntityFetchBatching batching)
    {
        var inSet = groups.ToHashSet();
        var depths = new Dictionary<FetchGroup, int>();
        int Depth(FetchGroup group)
        {
            if (!depths.TryGetValue(group, out var depth))
            {
                depth = 0;
                foreach (var dependency in group.Dependencies)
                {
                    if (inSet.Contains(dependency))
                    {
                        depth = Math.Max(depth, Depth(dependency) + 1);
                    }
                }

                depths[group] = depth;
            }

            return depth;
        }

        var units = new List<FetchUnit>();
        var unitOf = new Dictionary<FetchGroup, FetchUnit>();
        foreach (var group in groups.OrderBy(g => g.Id))
        {
            if (unitOf.ContainsKey(group))
            {
                continue;
            }

            var members = group.IsEntity && batching.AppliesTo(group.Subgraph)
                ? groups.Where(g => !unitOf.ContainsKey(g) && g.IsEntity && g.Subgraph == group.Subgraph
                    && Depth(g) == Depth(group) && g.Conditions.SequenceEqual(group.Conditions)).OrderBy(g => g.Id).ToList()
                : [group];
            var unit = new FetchUnit(members);
            units.Add(unit);
            foreach (var member in members)
            {
                unitOf[member] = unit;
            }
        }

        foreach (var unit in units)
        {
            foreach (var dependency in unit.Groups.SelectMany(g => g.Dependencies))
            {
                if (unitOf.TryGetValue(dependency, out var provider) && provider != unit)
                {
                    unit.Dependencies.Add(provider);
                }
            }
        }

        return units;
    }

    /// <summary>Schedules <paramref name="units"/> inside the Condition nodes of <paramref name="applied"/>.</summary>
    private static Step Schedule(List<FetchUnit> units, IReadOnlyList<SelectionCondition> applied)
    {
        var shared = units[0].Conditions
            .Where(c => !applied.Contains(c) && units.TrueForAll(u => u.Conditions.Contains(c)))
            .ToList();
        if (shared.Count > 0)
        {
            return new ConditionStep(shared, Schedule(units, [.. applied, .. shared]));
        }

        if (units.Count == 1)
        {
            return new UnitStep(units[0]);
        }

        var components = Components(units);
        if (components.Count > 1)
        {
            return new ParallelStep([.. components.Select(c => Schedule(c, applied))]);
        }

        var inSet = units.ToHashSet();
        var ready = units.Where(u => !u.Dependencies.Any(inSet.Contains)).ToList();
        if (ready.Count == 0)
        {
            throw new QueryPlanningException("The fetch groups depend on each other in a cycle.");
        }

        var rest = units.Where(u => !ready.Contains(u)).ToList();
        Step first = ready.Count == 1 ? Schedule(ready, applied) : new ParallelStep([.. ready.Select(u => Schedule([u], applied))]);
        return rest.Count == 0 ? first : Sequence([first, Schedule(rest, applied)]);
    }

    private static SequenceStep Sequence(List<Step> steps) =>
        new([.. steps.SelectMany(s => s is SequenceStep sequence ? sequence.Steps : [s])]);

    private static List<List<FetchUnit>> Components(List<FetchUnit> units)
    {
        var parent = units.ToDictionary(u => u, u => u);
        FetchUnit Find(FetchUnit u)
        {
            while (parent[u] != u)
            {
                u = parent[u] = parent[parent[u]];
            }

            return u;
        }

        foreach (var unit in units)
        {
            foreach (var dependency in unit.Dependencies)
            {
                if (parent.ContainsKey(dependency))
                {
                    parent[Find(unit)] = Find(dependency);
                }
            }
        }

        return units
            .GroupBy(Find)
            .Select(c => c.OrderBy(u => u.Id).ToList())
            .OrderBy(c => c[0].Id)
            .ToList();
    }

    private static PlanNode ToNode(Step step, FetchNodeFactory fetches, OperationType operationType, ref int index)
    {
        switch (step)
        {
            case UnitStep { Unit.Groups: [var group] }:
                var fetch = fetches.Create(group, operationType, index++);
                return group.IsEntity ? new FlattenNode(group.Path.ToList(), fetch) : fetch;
            case UnitStep { Unit.Groups: var batch }:
                return fetches.CreateBatch(batch, index++);
            case SequenceStep sequence:
            {
                var nodes = new List<PlanNode>(sequence.Steps.Count);
                foreach (var child in sequence.Steps)
                {
                    nodes.Add(ToNode(child, fetches, operationType, ref index));
                }

                return new SequenceNode(nodes);
            }

            case ConditionStep condition:
            {
                var node = ToNode(condition.Inner, fetches, operationType, ref index);
                for (var i = condition.Conditions.Count - 1; i >= 0; i--)
                {
                    node = new ConditionNode(condition.Conditions[i], node);
                }

                return node;
            }

            case ParallelStep parallel:
            {
                var nodes = new List<PlanNode>(parallel.Steps.Count);
                foreach (var child in parallel.Steps)
                {
                    var node = ToNode(child, fetches, operationType, ref index);
                    nodes.AddRange(node is ParallelNode nested ? nested.Nodes : [node]);
                }

                return new ParallelNode(nodes);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.GetType().Name, "unknown step");
        }
    }

    /// <summary>What the scheduler orders: one fetch group, or the entity groups batched into one request.</summary>
    private sealed class FetchUnit(IReadOnlyList<FetchGroup> groups)
    {
        /// <summary>The groups, in creation order (one unless batched).</summary>
        public IReadOnlyList<FetchGroup> Groups { get; } = groups;

        /// <summary>Creation order of the first group (stable ordering of parallel nodes).</summary>
        public int Id => Groups[0].Id;

        /// <summary>The units that must complete first.</summary>
        public HashSet<FetchUnit> Dependencies { get; } = [];

        /// <summary>The conditions of its groups (the same for every group of a batch).</summary>
        public IReadOnlyList<SelectionCondition> Conditions => Groups[0].Conditions;
    }

    private abstract record Step;

    private sealed record UnitStep(FetchUnit Unit) : Step;

    private sealed record SequenceStep(IReadOnlyList<Step> Steps) : Step;

    private sealed record ParallelStep(IReadOnlyList<Step> Steps) : Step;

    /// <summary>Runs <paramref name="Inner"/> only when every condition holds (outermost first).</summary>
    private sealed record ConditionStep(IReadOnlyList<SelectionCondition> Conditions, Step Inner) : Step;
}
