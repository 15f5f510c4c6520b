using System.Collections.Concurrent;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>What a cached document knows about one of its operations, independent of variable values.</summary>
internal sealed class OperationInfo
{
    // Two bits per condition variable (absent or null / false / true) key the shared field collections.
    private const int MaxSharedConditions = 32;
    private const int MaxSharedCollections = 64;

    private readonly ConcurrentDictionary<ulong, FieldCollection> _collections = new();

    public OperationInfo(
        GraphQLOperationDefinition definition,
        ApiType rootType,
        string planKey,
        bool hasIntrospection,
        IReadOnlyList<VariableDefinitionInfo> variables,
        IReadOnlyList<string> conditionVariables)
    {
        ConditionVariables = conditionVariables;
        Definition = definition;
        Name = definition.Name?.StringValue;
        RootType = rootType;
        PlanKey = planKey;
        HasIntrospection = hasIntrospection;
        Variables = variables;
    }

    /// <summary>The operation's AST.</summary>
    public GraphQLOperationDefinition Definition { get; }

    /// <summary>The operation name, if it has one.</summary>
    public string? Name { get; }

    /// <summary>The root type the operation selects on.</summary>
    public ApiType RootType { get; }

    /// <summary>Identifies document and operation for the plan cache.</summary>
    public string PlanKey { get; }

    /// <summary>Whether the root selection set selects <c>__schema</c> or <c>__type</c> (through fragments too).</summary>
    public bool HasIntrospection { get; }

    /// <summary>The declared variables in declaration order.</summary>
    public IReadOnlyList<VariableDefinitionInfo> Variables { get; }

    /// <summary>The variables the document's <c>@skip</c>/<c>@include</c> conditions read.</summary>
    public IReadOnlyList<string> ConditionVariables { get; }

    /// <summary>The field collection for these variable values, shared with every request whose conditions have the same values.</summary>
    public FieldCollection FieldsFor(ApiSchema schema, PreparedDocument document, JsonObject variables)
    {
        if (ConditionVariables.Count > MaxSharedConditions)
        {
            return new FieldCollection(schema, document, variables);
        }

        var key = 0UL;
        for (var i = 0; i < ConditionVariables.Count; i++)
        {
            var state = variables[ConditionVariables[i]] is JsonValue value && value.TryGetValue<bool>(out var flag) ? (flag ? 2UL : 1UL) : 0UL;
            key |= state << (2 * i);
        }

        if (_collections.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var conditions = new JsonObject();
        foreach (var name in ConditionVariables)
        {
            if (variables[name] is JsonValue value && value.TryGetValue<bool>(out var flag))
            {
                conditions[name] = flag;
            }
        }

        var collection = new FieldCollection(schema, document, conditions);
        return _collections.Count < MaxSharedCollections ? _collections.GetOrAdd(key, collection) : collection;
    }
}
