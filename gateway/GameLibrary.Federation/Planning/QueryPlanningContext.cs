using GameLibrary.Federation.Planning.Selections;
using GameLibrary.Federation.Supergraph;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// The state of planning one operation: walks the client's selections, places every field in a fetch group
/// (staying in the current subgraph when it can, otherwise an <c>_entities</c> fetch with a key the current
/// subgraph provides), adds the key, requires and <c>__typename</c> fields the fetches need (aliased when a
/// client response key is in the way) and records what representations read.
/// </summary>
internal sealed class QueryPlanningContext
{
    private const string InternalAliasPrefix = "__gl_k";

    private readonly SubgraphCapabilities _capabilities;
    private readonly CostEstimator _costs;
    private readonly OperationType _operationType;
    private readonly string _rootType;
    private readonly List<FetchGroup> _groups = [];
    private readonly List<FetchGroup> _rootGroups = [];
    private readonly Dictionary<string, Dictionary<string, string>> _responseKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, string Signature), string> _internalAliases = [];
    private int _aliasCounter;

    public QueryPlanningContext(SubgraphCapabilities capabilities, OperationType operationType)
    {
        _capabilities = capabilities;
        _costs = new CostEstimator(capabilities);
        _operationType = operationType;
        _rootType = capabilities.Schema.RootType(operationType)
            ?? throw new QueryPlanningException($"The supergraph has no {operationType.ToString().ToLowerInvariant()} root type.");
    }

    /// <summary>All groups, in creation order.</summary>
    public IReadOnlyList<FetchGroup> Groups => _groups;

    /// <summary>The root groups, in execution order for mutations.</summary>
    public IReadOnlyList<FetchGroup> RootGroups => _rootGroups;

    /// <summary>Plans the operation's selection set into fetch groups.</summary>
    public void PlanOperation(SelectionList selections)
    {
        ReserveClientKeys(_rootType, selections, ResponsePath.Root);
        PlanRoot(selections, [], []);
    }

    private void PlanRoot(SelectionList selections, IReadOnlyList<FragmentSelection> wrappers, IReadOnlyList<SelectionCondition> conditions)
    {
        foreach (var item in selections.Items)
        {
            switch (item)
            {
                case FieldSelection field when field.Name is "__typename" or "__schema" or "__type":
                    // Answered by the gateway itself.
                    break;
                case FieldSelection field:
                    PlanRootField(field, wrappers, conditions);
                    break;
                case FragmentSelection fragment:
                    PlanRoot(
                        fragment.SelectionSet,
                        fragment.Directives.Count == 0 ? wrappers : [.. wrappers, fragment],
                        SelectionCondition.Append(conditions, fragment.Conditions));
                    break;
            }
        }
    }

    private void PlanRootField(FieldSelection field, IReadOnlyList<FragmentSelection> wrappers, IReadOnlyList<SelectionCondition> conditions)
    {
        var (subgraph, selection, rest) = ChooseRootSubgraph(field);
        var group = RootGroup(subgraph);
        var builder = group.Selection;
        foreach (var wrapper in wrappers)
        {
            builder = builder.AddFragment(null, wrapper.Directives, wrapper.DirectivesText);
        }

        group.AddEntry(SelectionCondition.Append(conditions, field.Conditions));
        PlanField(new PlanPosition(group, builder, _rootType, ResponsePath.Root, null, [], conditions), selection, null);
        if (rest is not null)
        {
            // The same root field again, with the part the first subgraph does not serve; results merge by key.
            PlanRootField(rest, wrappers, conditions);
        }
    }

    /// <summary>
    /// The subgraph for a root field: the cheapest that serves the whole sub-selection; for a query when none
    /// does, the first that serves a part of it (the field, with the rest, is then planned again).
    /// </summary>
    private (string Subgraph, FieldSelection Selection, FieldSelection? Remainder) ChooseRootSubgraph(FieldSelection selection)
    {
        if (ChooseWholeRootSubgraph(selection) is { } whole)
        {
            return (whole, selection, null);
        }

        var field = _capabilities.Field(_rootType, selection.Name);
        if (_operationType == OperationType.Query && selection.SelectionSet is not null)
        {
            foreach (var subgraph in _capabilities.Schema.Subgraphs)
            {
                if (_capabilities.CanResolveDirectly(subgraph.Name, _rootType, field, null)
                    && _costs.Partition(subgraph.Name, _capabilities.ChildType(subgraph.Name, field), selection.SelectionSet, _capabilities.ChildProvided(subgraph.Name, _rootType, field, null)) is var (mine, rest)
                    && CostEstimator.ServesSomething(mine) && rest.Items.Count > 0)
                {
                    return (subgraph.Name, selection.With(mine), selection.With(rest));
                }
            }
        }

        throw new QueryPlanningException($"No subgraph can resolve {field.Coordinate} with the selected sub-fields.");
    }

    private string? ChooseWholeRootSubgraph(FieldSelection selection)
    {
        var field = _capabilities.Field(_rootType, selection.Name);
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var subgraph in _capabilities.Schema.Subgraphs)
        {
            if (!_capabilities.CanResolveDirectly(subgraph.Name, _rootType, field, null))
            {
                continue;
            }

            var cost = _costs.Subtree(subgraph.Name, field, selection, _capabilities.ChildProvided(subgraph.Name, _rootType, field, null));
            if (cost is null)
            {
                continue;
            }

            // A subgraph already fetched from costs no extra request (for mutations: only the previous field's);
            // another root fetch runs in parallel, so it weighs less than an entity fetch that runs after it.
            var reused = _operationType == OperationType.Mutation
                ? _rootGroups.Count > 0 && _rootGroups[^1].Subgraph == subgraph.Name
                : _rootGroups.Exists(g => g.Subgraph == subgraph.Name);
            var score = (2 * cost.Value) + (reused ? 0 : CostEstimator.Fetch);
            if (score < bestScore)
            {
                best = subgraph.Name;
                bestScore = score;
            }
        }

        return best;
    }

    private FetchGroup RootGroup(string subgraph)
    {
        var existing = _operationType == OperationType.Mutation
            ? _rootGroups.Count > 0 && _rootGroups[^1].Subgraph == subgraph ? _rootGroups[^1] : null
            : _rootGroups.Find(g => g.Subgraph == subgraph);
        if (existing is not null)
        {
            return existing;
        }

        var group = new FetchGroup(_groups.Count, subgraph, ResponsePath.Root, isEntity: false);
        _groups.Add(group);
        _rootGroups.Add(group);
        return group;
    }

    private void PlanSelections(PlanPosition position, IReadOnlySet<string> runtimeTypes, SelectionList selections, InputCollector? inputs)
    {
        var type = _capabilities.Type(position.Type);
        if (type.IsAbstract)
        {
            if (_capabilities.Schema.IsInterfaceObjectIn(position.Subgraph, position.Type))
            {
                PlanOnInterface(position, runtimeTypes, selections, inputs, typenameHere: false);
            }
            else if (!_capabilities.Schema.PossibleTypesIn(position.Subgraph, position.Type).Any(runtimeTypes.Contains))
            {
                // No object type possible in this subgraph: selecting on zero types would silently drop fields.
                PlanOnInterface(position, runtimeTypes, selections, inputs, typenameHere: true);
            }
            else
            {
                PlanAbstract(position, runtimeTypes, selections, inputs);
            }

            return;
        }

        foreach (var item in selections.Items)
        {
            switch (item)
            {
                case FieldSelection field:
                    PlanField(position, field, inputs);
                    break;
                case FragmentSelection fragment when fragment.TypeCondition is null || _capabilities.Schema.Satisfies(position.Type, fragment.TypeCondition):
                    PlanSelections(Wrap(position, fragment), runtimeTypes, fragment.SelectionSet, inputs);
                    break;
            }
        }
    }

    private void PlanAbstract(PlanPosition position, IReadOnlySet<string> runtimeTypes, SelectionList selections, InputCollector? inputs)
    {
        var possibleHere = _capabilities.Schema.PossibleTypesIn(position.Subgraph, position.Type)
            .Where(runtimeTypes.Contains)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var item in selections.Items)
        {
            switch (item)
            {
                case FieldSelection { Name: "__typename" } typename:
                    AddTypename(position, typename, inputs);
                    break;
                case FieldSelection field:
                    if (CanSelectOnInterface(position, possibleHere, field, out var definition))
                    {
                        AddResolvedField(position, definition, field, _capabilities.ChildProvided(position.Subgraph, position.Type, definition, position.Provided), inputs);
                        break;
                    }

                    foreach (var possible in possibleHere)
                    {
                        var builder = position.Builder.AddFragment(possible, [], string.Empty);
                        PlanField(position with { Builder = builder, Type = possible }, field, inputs?.Fragment(possible, _capabilities.Single(possible)));
                    }

                    break;
                case FragmentSelection fragment when fragment.TypeCondition is null || fragment.TypeCondition == position.Type:
                    PlanSelections(Wrap(position, fragment), runtimeTypes, fragment.SelectionSet, inputs);
                    break;
                case FragmentSelection fragment:
                    PlanTypeCondition(position, possibleHere, fragment, inputs);
                    break;
            }
        }
    }

    private void PlanTypeCondition(PlanPosition position, List<string> possibleHere, FragmentSelection fragment, InputCollector? inputs)
    {
        var condition = _capabilities.Type(fragment.TypeCondition!);
        if (!condition.IsAbstract)
        {
            // The subgraph never returns objects of a type it does not know here: nothing to select.
            if (possibleHere.Contains(condition.Name))
            {
                var builder = position.Builder.AddFragment(condition.Name, fragment.Directives, fragment.DirectivesText);
                PlanSelections(
                    position with { Builder = builder, Type = condition.Name, Conditions = WithCondition(position, fragment), PathConditions = WithPathCondition(position, fragment) },
                    _capabilities.Single(condition.Name),
                    fragment.SelectionSet,
                    inputs?.Fragment(condition.Name, _capabilities.Single(condition.Name)));
            }

            return;
        }

        var narrowed = possibleHere.Where(condition.PossibleTypes.Contains).ToList();
        if (narrowed.Count == 0)
        {
            return;
        }

        // Forwarded as written only when the subgraph agrees that every object type possible here belongs to the
        // condition (its interface implementations and union members may be fewer than the supergraph's).
        if (_capabilities.Schema.HasType(position.Subgraph, condition.Name)
            && !_capabilities.Schema.IsInterfaceObjectIn(position.Subgraph, condition.Name)
            && narrowed.TrueForAll(_capabilities.Schema.PossibleTypesIn(position.Subgraph, condition.Name).Contains))
        {
            var builder = position.Builder.AddFragment(condition.Name, fragment.Directives, fragment.DirectivesText);
            var narrowedSet = narrowed.ToHashSet(StringComparer.Ordinal);
            PlanSelections(position with { Builder = builder, Type = condition.Name, Conditions = WithCondition(position, fragment), PathConditions = WithPathCondition(position, fragment) }, narrowedSet, fragment.SelectionSet, inputs?.Fragment(condition.Name, narrowedSet));
            return;
        }

        // The subgraph does not know the abstract type of the condition, or disagrees on its members: spell it out per object type.
        foreach (var possible in narrowed)
        {
            var builder = position.Builder.AddFragment(possible, fragment.Directives, fragment.DirectivesText);
            PlanSelections(position with { Builder = builder, Type = possible, Conditions = WithCondition(position, fragment), PathConditions = WithPathCondition(position, fragment) }, _capabilities.Single(possible), fragment.SelectionSet, inputs?.Fragment(possible, _capabilities.Single(possible)));
        }
    }

    private bool CanSelectOnInterface(PlanPosition position, List<string> possibleHere, FieldSelection selection, out SupergraphField field)
    {
        field = null!;
        var type = _capabilities.Type(position.Type);
        if (type.Kind != SupergraphTypeKind.Interface || type.Field(selection.Name) is not { } definition)
        {
            return false;
        }

        field = definition;
        if (!_capabilities.CanResolveDirectly(position.Subgraph, position.Type, definition, position.Provided))
        {
            return false;
        }

        foreach (var possible in possibleHere)
        {
            if (!_capabilities.CanResolveDirectly(position.Subgraph, possible, _capabilities.Field(possible, selection.Name), position.Provided))
            {
                return false;
            }
        }

        return _costs.Subtree(position.Subgraph, definition, selection, _capabilities.ChildProvided(position.Subgraph, position.Type, definition, position.Provided)) is not null;
    }

    /// <summary>
    /// An interface position the subgraph answers only on the interface itself: an interface object, or an
    /// interface without possible implementations there (<paramref name="typenameHere"/>: its own __typename is
    /// then as good as any, since it never returns an object).
    /// </summary>
    private void PlanOnInterface(PlanPosition position, IReadOnlySet<string> runtimeTypes, SelectionList selections, InputCollector? inputs, bool typenameHere)
    {
        var (direct, rest) = _costs.SplitOnInterface(position.Subgraph, position.Type, selections, position.Provided, typenameHere);
        foreach (var (selection, field) in direct)
        {
            if (field is null)
            {
                AddTypename(position, selection, inputs);
            }
            else
            {
                AddResolvedField(position, field, selection, _capabilities.ChildProvided(position.Subgraph, position.Type, field, position.Provided), inputs);
            }
        }

        // Fields another subgraph resolves on the interface itself: an entity jump on the interface, straight there.
        var (jumps, others) = _costs.SplitInterfaceJumps(position.Subgraph, position.Type, rest, position.Provided);
        foreach (var (selection, jump) in jumps)
        {
            Jump(position, _capabilities.Field(position.Type, selection.Name), selection, inputs, jump);
        }

        if (others.Count == 0)
        {
            return;
        }

        // A subgraph that has the interface entity tells the concrete __typename and plans the rest (type
        // conditions, fields only the implementations have) from there: an entity jump on the interface.
        var restList = new SelectionList(others);
        var source = _costs.BestInterfaceSource(position.Subgraph, position.Type, runtimeTypes, restList, position.Provided)
            ?? throw new QueryPlanningException(
                $"Cannot plan the selection on {position.Type} at \"{position.Path.Key}\": subgraph {position.Subgraph} resolves it only on the interface and no subgraph with a key for the interface can resolve the rest.");
        var representation = new InputCollector([position.Group]);
        position.Builder.AddTypename();
        representation.Field("__typename", "__typename", composite: false);
        PlanSelections(position, runtimeTypes, _capabilities.Selections(source.Key.Fields), representation);

        var target = EntityGroup(source.Subgraph, position.Path, representation.Dependencies);
        target.AddEntry(position.PathConditions);
        var matching = new HashSet<string>(_capabilities.Type(position.Type).PossibleTypes, StringComparer.Ordinal) { position.Type };
        target.AddInput(position.Type, matching, representation, position.Type, position.Type);
        var builder = ApplyConditions(target.Selection.AddFragment(position.Type, [], string.Empty), position.Conditions);
        builder.AddTypename();
        PlanSelections(new PlanPosition(target, builder, position.Type, position.Path, null, position.Conditions, position.PathConditions), runtimeTypes, restList, inputs);
        inputs?.Dependencies.Add(target);
    }

    private void PlanField(PlanPosition position, FieldSelection selection, InputCollector? inputs)
    {
        if (selection.Name == "__typename")
        {
            AddTypename(position, selection, inputs);
            return;
        }

        var field = _capabilities.Field(position.Type, selection.Name);
        SelectionList? childProvided = null;
        int? direct = null;
        if (_capabilities.CanResolveDirectly(position.Subgraph, position.Type, field, position.Provided))
        {
            childProvided = _capabilities.ChildProvided(position.Subgraph, position.Type, field, position.Provided);
            direct = _costs.Subtree(position.Subgraph, field, selection, childProvided);
        }

        // Stay in the current subgraph unless an entity fetch gets the whole sub-selection with fewer fetches.
        var jump = direct == 0
            ? null
            : _costs.BestJump(
                position.Subgraph,
                position.Type,
                field,
                selection,
                position.Provided,
                subgraph => _groups.Exists(g => g.IsEntity && g.Subgraph == subgraph && g.Path.Key == position.Path.Key) ? 1 : 0);
        if (direct is not null && (jump is null || direct <= jump.Cost))
        {
            AddResolvedField(position, field, selection, childProvided, inputs);
            return;
        }

        if (jump is null && direct is null && _costs.Split(position.Subgraph, position.Type, field, selection, position.Provided) is { } split)
        {
            // No single subgraph serves the whole sub-selection: this one its part, another (entity fetch on the parent) the rest.
            AddResolvedField(position, field, split.Here, _capabilities.ChildProvided(position.Subgraph, position.Type, field, position.Provided), inputs);
            Jump(position, field, split.There, inputs, split.Jump);
            return;
        }

        Jump(position, field, selection, inputs, jump
            ?? throw new QueryPlanningException(
                $"Cannot plan {field.Coordinate} at \"{position.Path.Key}\": no subgraph resolves it with a key that subgraph {position.Subgraph} can provide."));
    }

    private void Jump(PlanPosition position, SupergraphField field, FieldSelection selection, InputCollector? inputs, CostEstimator.Jump jump)
    {
        var target = jump.Target;

        // The representation: __typename, the key, and the required fields, all fetched before the entity fetch
        // (and, like it, needed only under the field's conditions).
        var conditions = SelectionCondition.Append(position.PathConditions, selection.Conditions);
        var representation = new InputCollector([position.Group]);
        position.Builder.AddTypename();
        representation.Field("__typename", "__typename", composite: false);
        var single = _capabilities.Single(position.Type);
        var inputPosition = position with { PathConditions = conditions };
        PlanSelections(inputPosition, single, _capabilities.Selections(jump.Key.Fields), representation);
        if (target.Field.Requires is not null)
        {
            PlanSelections(inputPosition, single, _capabilities.Selections(target.Field.Requires), representation);
        }

        var group = EntityGroup(target.Subgraph, position.Path, representation.Dependencies, position.Type, representation);
        group.AddEntry(conditions);
        if (_capabilities.Type(position.Type).IsAbstract)
        {
            // A jump on an interface itself: whatever concrete type an earlier fetch may have told, the
            // representation names the interface.
            var matching = new HashSet<string>(_capabilities.Type(position.Type).PossibleTypes, StringComparer.Ordinal) { position.Type };
            group.AddInput(position.Type, matching, representation, position.Type, target.EntityType);
        }
        else
        {
            group.AddInput(position.Type, single, representation, target.TypenameRewrite, target.EntityType);
        }
        var builder = ApplyConditions(group.Selection.AddFragment(target.EntityType, [], string.Empty), position.Conditions);
        var targetField = _capabilities.Field(target.EntityType, field.Name);
        AddResolvedField(
            new PlanPosition(group, builder, target.EntityType, position.Path, null, position.Conditions, position.PathConditions),
            targetField,
            selection,
            _capabilities.ChildProvided(target.Subgraph, target.EntityType, targetField, null),
            inputs);
        inputs?.Dependencies.Add(group);
    }

    private FetchGroup EntityGroup(string subgraph, ResponsePath path, HashSet<FetchGroup> dependencies, string? typeCondition = null, InputCollector? representation = null)
    {
        // One fetch per subgraph and path, unless merging would make a group wait for itself, or the
        // representations would need one field with two values (requirements with different arguments).
        foreach (var group in _groups)
        {
            if (group.IsEntity && group.Subgraph == subgraph && group.Path.Key == path.Key
                && dependencies.All(d => d != group && !d.DependsOn(group))
                && (representation is null || !group.ConflictsWith(typeCondition!, representation)))
            {
                group.Dependencies.UnionWith(dependencies);
                return group;
            }
        }

        var created = new FetchGroup(_groups.Count, subgraph, path, isEntity: true);
        created.Dependencies.UnionWith(dependencies);
        _groups.Add(created);
        return created;
    }

    private void AddResolvedField(PlanPosition position, SupergraphField field, FieldSelection selection, SelectionList? childProvided, InputCollector? inputs)
    {
        string? alias;
        if (inputs is null)
        {
            alias = selection.Alias;
        }
        else
        {
            var key = InternalResponseKey(position.Path, selection.Name, selection.Signature);
            alias = key == selection.Name ? null : key;
        }

        var item = position.Builder.AddField(
            alias,
            selection.Name,
            selection.Arguments,
            selection.ArgumentsText,
            selection.Directives,
            selection.DirectivesText,
            isInternal: inputs is not null);
        item.Shape ??= _capabilities.ResponseShape(position.Subgraph, field);
        var childInputs = inputs?.Field(item.ResponseKey, selection.Name, selection.SelectionSet is not null);
        if (selection.SelectionSet is null)
        {
            return;
        }

        var childType = _capabilities.ChildType(position.Subgraph, field);
        var children = item.GetChildren();
        if (_capabilities.Type(field.Type.Name).IsAbstract)
        {
            // The response writer applies type conditions by __typename at abstract positions.
            children.AddTypename();
            childInputs?.Field("__typename", "__typename", composite: false);
        }

        PlanSelections(
            new PlanPosition(
                position.Group,
                children,
                childType,
                position.Path.Append(item.ResponseKey, field.Type.ListDepth),
                childProvided,
                [],
                SelectionCondition.Append(position.PathConditions, selection.Conditions)),
            _capabilities.ChildRuntimeTypes(position.Subgraph, field),
            selection.SelectionSet,
            childInputs);
    }

    private static void AddTypename(PlanPosition position, FieldSelection selection, InputCollector? inputs)
    {
        if (inputs is null)
        {
            position.Builder.AddField(selection.Alias, "__typename", null, string.Empty, selection.Directives, selection.DirectivesText, isInternal: false);
            return;
        }

        position.Builder.AddTypename();
        inputs.Field("__typename", "__typename", composite: false);
    }

    private static PlanPosition Wrap(PlanPosition position, FragmentSelection fragment) =>
        fragment.Directives.Count == 0
            ? position
            : position with
            {
                Builder = position.Builder.AddFragment(null, fragment.Directives, fragment.DirectivesText),
                Conditions = WithCondition(position, fragment),
                PathConditions = WithPathCondition(position, fragment),
            };

    private static IReadOnlyList<Selection> WithCondition(PlanPosition position, FragmentSelection fragment) =>
        fragment.Directives.Count == 0 ? position.Conditions : [.. position.Conditions, fragment];

    private static IReadOnlyList<SelectionCondition> WithPathCondition(PlanPosition position, FragmentSelection fragment) =>
        SelectionCondition.Append(position.PathConditions, fragment.Conditions);

    private static SelectionBuilder ApplyConditions(SelectionBuilder builder, IReadOnlyList<Selection> conditions)
    {
        foreach (var condition in conditions)
        {
            builder = builder.AddFragment(null, condition.Directives, condition.DirectivesText);
        }

        return builder;
    }

    private void ReserveClientKeys(string typeName, SelectionList selections, ResponsePath path)
    {
        foreach (var item in selections.Items)
        {
            switch (item)
            {
                case FieldSelection field:
                    var keys = KeysAt(path);
                    keys.TryAdd(field.ResponseKey, field.Signature);
                    if (field.SelectionSet is not null && _capabilities.Schema.Type(typeName)?.Field(field.Name) is { } definition)
                    {
                        ReserveClientKeys(definition.Type.Name, field.SelectionSet, path.Append(field.ResponseKey, definition.Type.ListDepth));
                    }

                    break;
                case FragmentSelection fragment:
                    ReserveClientKeys(fragment.TypeCondition ?? typeName, fragment.SelectionSet, path);
                    break;
            }
        }
    }

    private Dictionary<string, string> KeysAt(ResponsePath path)
    {
        if (!_responseKeys.TryGetValue(path.Key, out var keys))
        {
            keys = new Dictionary<string, string>(StringComparer.Ordinal);
            _responseKeys.Add(path.Key, keys);
        }

        return keys;
    }

    /// <summary>The response key for a field the planner adds: its name unless the client (or another added field) uses that key for something else.</summary>
    private string InternalResponseKey(ResponsePath path, string name, string signature)
    {
        var keys = KeysAt(path);
        if (keys.TryAdd(name, signature) || keys[name] == signature)
        {
            return name;
        }

        if (!_internalAliases.TryGetValue((path.Key, signature), out var alias))
        {
            do
            {
                alias = InternalAliasPrefix + _aliasCounter++;
            }
            while (!keys.TryAdd(alias, signature));

            _internalAliases[(path.Key, signature)] = alias;
        }

        return alias;
    }
}
