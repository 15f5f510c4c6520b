using GameLibrary.Federation.Planning.Selections;

namespace GameLibrary.Federation.Planning;

/// <summary>A subgraph request being planned: a root fetch or an <c>_entities</c> fetch at a response path.</summary>
internal sealed class FetchGroup
{
    private readonly List<EntityInput> _inputs = [];
    private List<SelectionCondition>? _conditions;

    public FetchGroup(int id, string subgraph, ResponsePath path, bool isEntity)
    {
        Id = id;
        Subgraph = subgraph;
        Path = path;
        IsEntity = isEntity;
    }

    /// <summary>Creation order (stable ordering of parallel nodes).</summary>
    public int Id { get; }

    /// <summary>The subgraph the request goes to.</summary>
    public string Subgraph { get; }

    /// <summary>Where the results merge (root for root fetches).</summary>
    public ResponsePath Path { get; }

    /// <summary>Whether this is an <c>_entities</c> fetch.</summary>
    public bool IsEntity { get; }

    /// <summary>The selection: root fields, or the <c>... on Entity</c> fragments under <c>_entities</c>.</summary>
    public SelectionBuilder Selection { get; } = new();

    /// <summary>The groups that must complete first (they provide keys and required fields).</summary>
    public HashSet<FetchGroup> Dependencies { get; } = [];

    /// <summary>The representation inputs per entity type.</summary>
    public IReadOnlyList<EntityInput> Inputs => _inputs;

    /// <summary>
    /// The <c>@skip</c>/<c>@include</c> conditions every selection that led into this group is under (outermost
    /// first): when one of them excludes, nothing the group fetches is needed and the plan does not run it.
    /// </summary>
    public IReadOnlyList<SelectionCondition> Conditions => _conditions ?? [];

    /// <summary>Records a selection that leads into the group (a root field, an entity jump) and the conditions it is under.</summary>
    public void AddEntry(IReadOnlyList<SelectionCondition> conditions)
    {
        if (_conditions is null)
        {
            _conditions = [.. conditions];
        }
        else
        {
            _conditions.RemoveAll(c => !conditions.Contains(c));
        }
    }

    /// <summary>Whether this group waits, directly or not, for <paramref name="other"/>.</summary>
    public bool DependsOn(FetchGroup other)
    {
        var seen = new HashSet<FetchGroup>();
        var stack = new Stack<FetchGroup>(Dependencies);
        while (stack.Count > 0)
        {
            var group = stack.Pop();
            if (group == other)
            {
                return true;
            }

            if (seen.Add(group))
            {
                foreach (var dependency in group.Dependencies)
                {
                    stack.Push(dependency);
                }
            }
        }

        return false;
    }

    /// <summary>Whether the inputs of a <paramref name="typeCondition"/> entity could not share a representation with this group's (see <see cref="InputCollector.ConflictsWith"/>).</summary>
    public bool ConflictsWith(string typeCondition, InputCollector inputs) =>
        _inputs.Exists(i => i.TypeCondition == typeCondition && i.Selections.ConflictsWith(inputs));

    /// <summary>Adds the inputs of entities of one type (merged with earlier ones of the same type).</summary>
    public void AddInput(string typeCondition, IReadOnlySet<string> matchingTypes, InputCollector inputs, string? typenameRewrite, string selectionType)
    {
        var existing = _inputs.Find(i => i.TypeCondition == typeCondition && i.TypenameRewrite == typenameRewrite && i.SelectionType == selectionType);
        if (existing is null)
        {
            existing = new EntityInput(typeCondition, matchingTypes, new InputCollector(Dependencies), typenameRewrite, selectionType);
            _inputs.Add(existing);
        }

        existing.Selections.MergeFrom(inputs);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}:{Subgraph}@{Path.Key}";

    /// <summary>The inputs of one entity type.</summary>
    public sealed record EntityInput(string TypeCondition, IReadOnlySet<string> MatchingTypes, InputCollector Selections, string? TypenameRewrite, string SelectionType);
}
