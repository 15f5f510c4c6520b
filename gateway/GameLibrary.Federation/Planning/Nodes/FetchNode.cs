using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning.Nodes;

/// <summary>One request to one subgraph: a root operation or an <c>_entities</c> fetch.</summary>
internal sealed class FetchNode : PlanNode
{
    public FetchNode(
        string serviceName,
        OperationType operationKind,
        string operation,
        string? operationName,
        IReadOnlyList<string> variableUsages,
        string selectionText,
        IReadOnlyList<InputFragment>? requires,
        string? requiresText,
        string representationsVariable,
        IReadOnlyList<FieldKey> rootFieldKeys,
        IReadOnlyDictionary<string, IReadOnlyList<FieldKey>> entityFieldKeys,
        ResponseRename? renames)
    {
        ServiceName = serviceName;
        OperationKind = operationKind;
        Operation = operation;
        OperationName = operationName;
        VariableUsages = variableUsages;
        SelectionText = selectionText;
        Requires = requires;
        RequiresText = requiresText;
        RepresentationsVariable = representationsVariable;
        RootFieldKeys = rootFieldKeys;
        EntityFieldKeys = entityFieldKeys;
        Renames = renames;
    }

    /// <summary>The subgraph name.</summary>
    public string ServiceName { get; }

    /// <summary>The operation type sent (query, mutation or subscription).</summary>
    public OperationType OperationKind { get; }

    /// <summary>The complete operation text sent to the subgraph.</summary>
    public string Operation { get; }

    /// <summary>The operation name sent, if the client's operation had one.</summary>
    public string? OperationName { get; }

    /// <summary>The client variables the operation declares and forwards.</summary>
    public IReadOnlyList<string> VariableUsages { get; }

    /// <summary>The selection set, printed for plans (the <c>_entities</c> part for entity fetches).</summary>
    public string SelectionText { get; }

    /// <summary>For an entity fetch: what each representation carries, by entity type; null for a root fetch.</summary>
    public IReadOnlyList<InputFragment>? Requires { get; }

    /// <summary>The requires selection, printed for plans.</summary>
    public string? RequiresText { get; }

    /// <summary>The variable that carries the representations (<c>representations</c> unless the client uses that name).</summary>
    public string RepresentationsVariable { get; }

    /// <summary>Whether this is an <c>_entities</c> fetch.</summary>
    public bool IsEntityFetch => Requires is not null;

    /// <summary>For a root fetch: the response keys of the client's root fields it resolves (error positions when it fails).</summary>
    public IReadOnlyList<FieldKey> RootFieldKeys { get; }

    /// <summary>For an entity fetch: the client-selected response keys per selection type (error positions when it fails).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldKey>> EntityFieldKeys { get; }

    /// <summary>Internal aliases to rename back in each result (per <c>_entities</c> item for an entity fetch), or null.</summary>
    public ResponseRename? Renames { get; }
}
