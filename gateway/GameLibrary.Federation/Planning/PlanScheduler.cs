using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Planning.Selections;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// Orders fetch groups into <c>Sequence</c>/<c>Parallel</c> nodes: independent groups run in parallel, a
/// group runs after the groups it depends on; mutation root fields run in document order. Groups that only
/// serve selections under <c>@skip</c>/<c>@include</c> conditions go inside <c>Condition</c> nodes, one node
/// around as many of them as share the condition.
/// </summary>
internal static class PlanScheduler
{
    /// <summary>Builds the plan's root node (null when there is nothing to fetch).</summary>
    public static PlanNode? Build(QueryPlanningContext context, OperationType operationType, FetchNodeFactory fetches)
    {
        Step? step;
        switch (operationType)
        {
            case OperationType.Mutation:
                var roots = context.RootGroups;
                var steps = roots
                    .Select(root => Schedule([root, .. context.Groups.Where(g => g != root && g.DependsOn(root))], []))
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
                var restStep = rest.Count == 0 ? null : Schedule(rest, primary.Conditions);
                return new SubscriptionNode(primaryNode, restStep is null ? null : ToNode(restStep, fetches, operationType, ref index));
            default:
                step = context.Groups.Count == 0 ? null : Schedule([.. context.Groups], []);
                break;
        }

        var counter = 0;
        return step is null ? null : ToNode(step, fetches, operationType, ref counter);
    }

    /// <summary>Schedules <paramref name="groups"/> inside the Condition nodes of <paramref name="applied"/>.</summary>
    private static Step Schedule(List<FetchGroup> groups, IReadOnlyList<SelectionCondition> applied)
    {
        var shared = groups[0].Conditions
            .Where(c => !applied.Contains(c) && groups.TrueForAll(g => g.Conditions.Contains(c)))
            .ToList();
        if (shared.Count > 0)
        {
            return new ConditionStep(shared, Schedule(groups, [.. applied, .. shared]));
        }

        if (groups.Count == 1)
        {
            return new GroupStep(groups[0]);
        }

        var components = Components(groups);
        if (components.Count > 1)
        {
            return new ParallelStep([.. components.Select(c => Schedule(c, applied))]);
        }

        var inSet = groups.ToHashSet();
        var ready = groups.Where(g => !g.Dependencies.Any(inSet.Contains)).ToList();
        if (ready.Count == 0)
        {
            throw new QueryPlanningException("The fetch groups depend on each other in a cycle.");
        }

        var rest = groups.Where(g => !ready.Contains(g)).ToList();
        Step first = ready.Count == 1 ? Schedule(ready, applied) : new ParallelStep([.. ready.Select(g => Schedule([g], applied))]);
        return rest.Count == 0 ? first : Sequence([first, Schedule(rest, applied)]);
    }

    private static SequenceStep Sequence(List<Step> steps) =>
        new([.. steps.SelectMany(s => s is SequenceStep sequence ? sequence.Steps : [s])]);

    private static List<List<FetchGroup>> Components(List<FetchGroup> groups)
    {
        var parent = groups.ToDictionary(g => g, g => g);
        FetchGroup Find(FetchGroup g)
        {
            while (parent[g] != g)
            {
                g = parent[g] = parent[parent[g]];
            }

            return g;
        }

        foreach (var group in groups)
        {
            foreach (var dependency in group.Dependencies)
            {
                if (parent.ContainsKey(dependency))
                {
                    parent[Find(group)] = Find(dependency);
                }
            }
        }

        return groups
            .GroupBy(Find)
            .Select(c => c.OrderBy(g => g.Id).ToList())
            .OrderBy(c => c[0].Id)
            .ToList();
    }

    private static PlanNode ToNode(Step step, FetchNodeFactory fetches, OperationType operationType, ref int index)
    {
        switch (step)
        {
            case GroupStep { Group: var group }:
                var fetch = fetches.Create(group, operationType, index++);
                return group.IsEntity ? new FlattenNode(group.Path.ToList(), fetch) : fetch;
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

    private abstract record Step;

    private sealed record GroupStep(FetchGroup Group) : Step;

    private sealed record SequenceStep(IReadOnlyList<Step> Steps) : Step;

    private sealed record ParallelStep(IReadOnlyList<Step> Steps) : Step;

    /// <summary>Runs <paramref name="Inner"/> only when every condition holds (outermost first).</summary>
    private sealed record ConditionStep(IReadOnlyList<SelectionCondition> Conditions, Step Inner) : Step;
}
