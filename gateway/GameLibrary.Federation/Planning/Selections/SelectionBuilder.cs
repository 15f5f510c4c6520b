using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Selections;

/// <summary>
/// The selection set of a subgraph operation while it is planned: identical fields and fragments merge, the
/// planner's own fields (keys, requires, <c>__typename</c>) are marked internal.
/// </summary>
internal sealed class SelectionBuilder
{
    private readonly List<BuilderItem> _items = [];

    /// <summary>The fields and fragments, in the order they were added.</summary>
    public IReadOnlyList<BuilderItem> Items => _items;

    /// <summary>Adds a field or returns the identical one already there (same response key, name, arguments, directives).</summary>
    public FieldItem AddField(
        string? alias,
        string name,
        GraphQLArguments? arguments,
        string argumentsText,
        IReadOnlyList<GraphQLDirective> directives,
        string directivesText,
        bool isInternal)
    {
        var responseKey = alias ?? name;
        foreach (var item in _items)
        {
            if (item is FieldItem field && field.ResponseKey == responseKey && field.Name == name
                && field.ArgumentsText == argumentsText && field.DirectivesText == directivesText)
            {
                field.IsInternal &= isInternal;
                return field;
            }
        }

        var added = new FieldItem(alias, name, arguments, argumentsText, directives, directivesText, isInternal);
        _items.Add(added);
        return added;
    }

    /// <summary>
    /// Whether anything here is printed: a fragment left without fields (they moved to another subgraph, or were
    /// redundant) is not, and neither are the variables of its directives.
    /// </summary>
    public bool HasContent => _items.Exists(i => i.IsPrinted);

    /// <summary>Adds the internal <c>__typename</c> field.</summary>
    public void AddTypename() => AddField(null, "__typename", null, string.Empty, [], string.Empty, isInternal: true);

    /// <summary>
    /// Removes leaf fields of fragments that the same object already selects outside them (the planner adds
    /// keys and <c>__typename</c> per type condition; the enclosing selection makes those copies redundant).
    /// </summary>
    public void RemoveRedundantFields() => RemoveRedundantFields([]);

    /// <summary>Adds an inline fragment or returns the identical one already there.</summary>
    public SelectionBuilder AddFragment(string? typeCondition, IReadOnlyList<GraphQLDirective> directives, string directivesText)
    {
        foreach (var item in _items)
        {
            if (item is FragmentItem fragment && fragment.TypeCondition == typeCondition && fragment.DirectivesText == directivesText)
            {
                return fragment.Children;
            }
        }

        var added = new FragmentItem(typeCondition, directives, directivesText);
        _items.Add(added);
        return added.Children;
    }

    private void RemoveRedundantFields(List<FieldItem> enclosing)
    {
        var visible = new List<FieldItem>(enclosing);
        foreach (var item in _items)
        {
            if (item is FieldItem { Children: null } leaf)
            {
                visible.Add(leaf);
            }
        }

        foreach (var item in _items)
        {
            switch (item)
            {
                case FieldItem { Children: { } children }:
                    children.RemoveRedundantFields([]);
                    break;
                case FragmentItem fragment:
                    fragment.Children._items.RemoveAll(child =>
                    {
                        if (child is not FieldItem { Children: null } leaf || visible.Find(v => v.Matches(leaf)) is not { } outer)
                        {
                            return false;
                        }

                        outer.IsInternal &= leaf.IsInternal;
                        return true;
                    });
                    fragment.Children.RemoveRedundantFields(visible);
                    break;
            }
        }
    }
}

/// <summary>A field or fragment of a <see cref="SelectionBuilder"/>.</summary>
internal abstract class BuilderItem
{
    protected BuilderItem(IReadOnlyList<GraphQLDirective> directives, string directivesText)
    {
        Directives = directives;
        DirectivesText = directivesText;
    }

    /// <summary>The directives to forward.</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>The directives printed (with a leading space), or empty.</summary>
    public string DirectivesText { get; }

    /// <summary>Whether the item appears in the printed operation (a fragment needs printed content).</summary>
    public virtual bool IsPrinted => true;
}

/// <summary>A field of a subgraph operation.</summary>
internal sealed class FieldItem : BuilderItem
{
    private SelectionBuilder? _children;

    public FieldItem(string? alias, string name, GraphQLArguments? arguments, string argumentsText, IReadOnlyList<GraphQLDirective> directives, string directivesText, bool isInternal)
        : base(directives, directivesText)
    {
        Alias = alias;
        Name = name;
        Arguments = arguments;
        ArgumentsText = argumentsText;
        IsInternal = isInternal;
    }

    /// <summary>The alias, if any.</summary>
    public string? Alias { get; }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The response key.</summary>
    public string ResponseKey => Alias ?? Name;

    /// <summary>
    /// The field's response shape in the subgraph (its type there, with a composite named type left out), or
    /// null for fields the planner adds without one: sibling fields under one key must agree on it.
    /// </summary>
    public string? Shape { get; set; }

    /// <summary>An internal alias the field is sent under instead of its response key (sibling fields sharing its response key have another type in the subgraph), or null.</summary>
    public string? TransportAlias { get; set; }

    /// <summary>The key the subgraph answers with.</summary>
    public string TransportKey => TransportAlias ?? ResponseKey;

    /// <summary>The arguments to forward.</summary>
    public GraphQLArguments? Arguments { get; }

    /// <summary>The arguments printed, or empty.</summary>
    public string ArgumentsText { get; }

    /// <summary>Only the planner needs the field (keys, requires, typename); the client did not select it here.</summary>
    public bool IsInternal { get; set; }

    /// <summary>The sub-selections, or null for a leaf.</summary>
    public SelectionBuilder? Children => _children;

    /// <summary>The sub-selections, created on first use.</summary>
    public SelectionBuilder GetChildren() => _children ??= new SelectionBuilder();

    /// <summary>Whether the other field selects the same thing under the same response key and conditions.</summary>
    public bool Matches(FieldItem other) =>
        ResponseKey == other.ResponseKey && Name == other.Name && ArgumentsText == other.ArgumentsText && DirectivesText == other.DirectivesText;
}

/// <summary>An inline fragment of a subgraph operation.</summary>
internal sealed class FragmentItem : BuilderItem
{
    public FragmentItem(string? typeCondition, IReadOnlyList<GraphQLDirective> directives, string directivesText)
        : base(directives, directivesText)
    {
        TypeCondition = typeCondition;
    }

    /// <summary>The type condition, or null.</summary>
    public string? TypeCondition { get; }

    /// <summary>The fragment's selections.</summary>
    public SelectionBuilder Children { get; } = new();

    /// <inheritdoc />
    public override bool IsPrinted => Children.HasContent;
}
