using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// One request's operation, ready to plan and execute: the validated document, the chosen operation and
/// the coerced variable values (defaults applied) that are forwarded to subgraphs.
/// </summary>
internal sealed class PreparedOperation
{
    private readonly OperationInfo _info;

    internal PreparedOperation(PreparedDocument document, OperationInfo info, JsonObject variables, FieldCollection fields)
    {
        PreparedDocument = document;
        _info = info;
        Variables = variables;
        Fields = fields;
    }

    /// <summary>The validated document.</summary>
    public GraphQLDocument Document => PreparedDocument.Document!;

    /// <summary>The operation to run.</summary>
    public GraphQLOperationDefinition Operation => _info.Definition;

    /// <summary>Query, mutation or subscription.</summary>
    public OperationType OperationType => _info.Definition.Operation;

    /// <summary>The operation's name, if it has one.</summary>
    public string? OperationName => _info.Name;

    /// <summary>The coerced variable values, defaults included (variables neither given nor defaulted are absent).</summary>
    public JsonObject Variables { get; }

    /// <summary>Identifies document and operation for the plan cache (independent of variable values).</summary>
    public string PlanKey => _info.PlanKey;

    /// <summary>Whether the root selection set selects <c>__schema</c> or <c>__type</c>.</summary>
    public bool HasIntrospection => _info.HasIntrospection;

    /// <summary>The root type the operation selects on.</summary>
    public ApiType RootType => _info.RootType;

    /// <summary>The cached document the operation belongs to (fragments, source locations).</summary>
    internal PreparedDocument PreparedDocument { get; }

    /// <summary>The operation's collected fields for this request's <c>@skip</c>/<c>@include</c> outcomes (shared between requests).</summary>
    internal FieldCollection Fields { get; }
}
