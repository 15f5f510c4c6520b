using GameLibrary.Federation.Planning.Selections;
using GameLibrary.Federation.Supergraph;

namespace GameLibrary.Federation.Planning;

/// <summary>
/// The planner's view of the supergraph, "what can subgraph S do for type T": direct resolution (with provides),
/// entity jumps (keys, requires, interface objects), field sets as selections. Immutable and shared by plans.
/// </summary>
internal sealed class SubgraphCapabilities
{
    private readonly Dictionary<FieldSet, SelectionList> _fieldSets = [];
    private readonly Dictionary<string, IReadOnlySet<string>> _singletons = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Subgraph, SupergraphField Field), (string Type, IReadOnlySet<string> RuntimeTypes)> _ownTypes = [];

    public SubgraphCapabilities(SupergraphSchema schema)
    {
        Schema = schema;
        var normalizer = new SelectionNormalizer();
        foreach (var type in schema.Types.Values)
        {
            _singletons[type.Name] = new HashSet<string>(StringComparer.Ordinal) { type.Name };
            foreach (var info in type.Subgraphs.Values)
            {
                foreach (var key in info.Keys)
                {
                    _fieldSets[key.Fields] = normalizer.Normalize(key.Fields.SelectionSet);
                }
            }

            foreach (var field in type.Fields.Values)
            {
                foreach (var info in field.Subgraphs.Values)
                {
                    if (info.Type?.Trim('[', ']', '!') is { } own && own != field.Type.Name && schema.Type(own) is { } ownType
                        && schema.Type(field.Type.Name) is { } fieldType)
                    {
                        var runtime = ownType.IsAbstract ? ownType.PossibleTypes : (IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal) { own };
                        _ownTypes[(info.Subgraph, field)] = (own, fieldType.IsAbstract ? runtime.Where(fieldType.PossibleTypes.Contains).ToHashSet(StringComparer.Ordinal) : runtime);
                    }

                    if (info.Requires is not null)
                    {
                        _fieldSets[info.Requires] = normalizer.Normalize(info.Requires.SelectionSet);
                    }

                    if (info.Provides is not null)
                    {
                        _fieldSets[info.Provides] = normalizer.Normalize(info.Provides.SelectionSet);
                    }
                }
            }
        }
    }

    /// <summary>The supergraph.</summary>
    public SupergraphSchema Schema { get; }

    /// <summary>A field set as a selection list.</summary>
    public SelectionList Selections(FieldSet fieldSet) => _fieldSets[fieldSet];

    /// <summary>The type (throws for an unknown name: documents are validated before planning).</summary>
    public SupergraphType Type(string name) =>
        Schema.Type(name) ?? throw new QueryPlanningException($"Unknown type \"{name}\".");

    /// <summary>The field of a type (throws for an unknown field).</summary>
    public SupergraphField Field(string typeName, string fieldName) =>
        Type(typeName).Field(fieldName) ?? throw new QueryPlanningException($"Type {typeName} has no field \"{fieldName}\".");

    /// <summary>A one-type set (shared instances).</summary>
    public IReadOnlySet<string> Single(string typeName) =>
        _singletons.TryGetValue(typeName, out var set) ? set : new HashSet<string>(StringComparer.Ordinal) { typeName };

    /// <summary>The object types an object at a position of this type can have (the type itself for an object type).</summary>
    public IReadOnlySet<string> RuntimeTypes(string typeName)
    {
        var type = Type(typeName);
        return type.IsAbstract ? type.PossibleTypes : Single(typeName);
    }

    /// <summary>
    /// The type a sub-selection of <paramref name="field"/> is planned against in <paramref name="subgraph"/>: the
    /// subgraph's own type when it declares a narrower one (<c>@join__field(type:)</c>, e.g. an object where the
    /// supergraph has a union), else the supergraph's.
    /// </summary>
    public string ChildType(string subgraph, SupergraphField field) =>
        _ownTypes.TryGetValue((subgraph, field), out var own) ? own.Type : field.Type.Name;

    /// <summary>The object types the subgraph can return for <paramref name="field"/> (see <see cref="ChildType"/>).</summary>
    public IReadOnlySet<string> ChildRuntimeTypes(string subgraph, SupergraphField field) =>
        _ownTypes.TryGetValue((subgraph, field), out var own) ? own.RuntimeTypes : RuntimeTypes(field.Type.Name);

    /// <summary>
    /// Whether subgraph <paramref name="subgraph"/> resolves <paramref name="field"/> of an object of type
    /// <paramref name="typeName"/> inside its own response (no entity fetch): it resolves it and needs nothing
    /// (no <c>@requires</c>), or the field is external there but provided at this position.
    /// </summary>
    public bool CanResolveDirectly(string subgraph, string typeName, SupergraphField field, SelectionList? provided)
    {
        var info = field.In(subgraph);
        if (info is null || info.Requires is not null)
        {
            return false;
        }

        return info.IsResolvable || (info.IsExternal && IsProvided(provided, typeName, field.Name));
    }

    /// <summary>The provided selections that apply below <paramref name="field"/>: the parent's nested provides plus the field's own <c>@provides</c>.</summary>
    public SelectionList? ChildProvided(string subgraph, string typeName, SupergraphField field, SelectionList? provided)
    {
        SelectionList? result = null;
        if (provided is not null)
        {
            CollectProvided(provided, typeName, field.Name, ref result);
        }

        if (field.In(subgraph)?.Provides is { } provides)
        {
            result = SelectionList.Concat(result, Selections(provides));
        }

        return result;
    }

    /// <summary>
    /// The subgraphs an entity fetch could get <paramref name="field"/> of a <paramref name="typeName"/> object
    /// from, in subgraph order: by the type's own keys, or through an interface it implements that the
    /// subgraph has as an <c>@interfaceObject</c>. The current subgraph is a candidate only for a field it
    /// resolves with <c>@requires</c>.
    /// </summary>
    public IEnumerable<JumpTarget> JumpTargets(string currentSubgraph, string typeName, SupergraphField field)
    {
        var type = Type(typeName);
        foreach (var subgraph in Schema.Subgraphs)
        {
            var name = subgraph.Name;
            var info = field.In(name);
            if (info is { IsResolvable: true } && type.In(name)?.HasResolvableKey == true && (name != currentSubgraph || info.Requires is not null))
            {
                yield return new JumpTarget(name, typeName, info, null);
            }

            foreach (var implemented in type.Interfaces)
            {
                var interfaceType = Type(implemented);
                if (interfaceType.In(name) is { IsInterfaceObject: true, HasResolvableKey: true }
                    && interfaceType.Field(field.Name)?.In(name) is { IsResolvable: true } interfaceInfo
                    && (name != currentSubgraph || interfaceInfo.Requires is not null))
                {
                    yield return new JumpTarget(name, implemented, interfaceInfo, implemented);
                }
            }
        }
    }

    /// <summary>
    /// The response shape of <paramref name="field"/> in <paramref name="subgraph"/>: its type there
    /// (<c>@join__field(type:)</c>) with a composite named type written <c>*</c>, as "SameResponseShape" compares them.
    /// </summary>
    public string ResponseShape(string subgraph, SupergraphField field)
    {
        var text = field.In(subgraph)?.Type ?? field.Type.Text;
        var name = text.Trim('[', ']', '!');
        return Schema.Type(name) is { IsComposite: true } ? text.Replace(name, "*", StringComparison.Ordinal) : text;
    }

    /// <summary>The resolvable keys of <paramref name="entityType"/> in <paramref name="subgraph"/>.</summary>
    public IEnumerable<EntityKey> ResolvableKeys(string subgraph, string entityType) =>
        Type(entityType).In(subgraph)?.Keys.Where(k => k.Resolvable) ?? [];

    /// <summary>The subgraphs that know interface <paramref name="interfaceName"/> as a real interface with a resolvable key (they can tell an interface object's concrete type).</summary>
    public IEnumerable<string> InterfaceEntitySubgraphs(string interfaceName)
    {
        var type = Type(interfaceName);
        foreach (var subgraph in Schema.Subgraphs)
        {
            if (type.In(subgraph.Name) is { IsInterfaceObject: false, HasResolvableKey: true })
            {
                yield return subgraph.Name;
            }
        }
    }

    private bool IsProvided(SelectionList? provided, string typeName, string fieldName)
    {
        if (provided is null)
        {
            return false;
        }

        foreach (var item in provided.Items)
        {
            switch (item)
            {
                case FieldSelection field when field.Name == fieldName:
                    return true;
                case FragmentSelection fragment when fragment.TypeCondition is null || Schema.Satisfies(typeName, fragment.TypeCondition):
                    if (IsProvided(fragment.SelectionSet, typeName, fieldName))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private void CollectProvided(SelectionList provided, string typeName, string fieldName, ref SelectionList? result)
    {
        foreach (var item in provided.Items)
        {
            switch (item)
            {
                case FieldSelection field when field.Name == fieldName && field.SelectionSet is not null:
                    result = SelectionList.Concat(result, field.SelectionSet);
                    break;
                case FragmentSelection fragment when fragment.TypeCondition is null || Schema.Satisfies(typeName, fragment.TypeCondition):
                    CollectProvided(fragment.SelectionSet, typeName, fieldName, ref result);
                    break;
            }
        }
    }
}

/// <summary>A subgraph an entity fetch can get a field from.</summary>
/// <param name="Subgraph">The target subgraph.</param>
/// <param name="EntityType">The entity type there (the object type, or the interface it has as an interface object).</param>
/// <param name="Field">What the target knows about the field (its requires, provides).</param>
/// <param name="TypenameRewrite">The interface name representations must carry (interface objects), or null.</param>
internal sealed record JumpTarget(string Subgraph, string EntityType, SubgraphFieldInfo Field, string? TypenameRewrite);
