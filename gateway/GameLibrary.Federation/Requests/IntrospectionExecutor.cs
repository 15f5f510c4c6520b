using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Validation;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// Answers the root <c>__schema</c> and <c>__type</c> fields of an operation with GraphQL.NET against the API
/// schema — which has no inaccessible and no join/link element, so neither can show up. The root fields
/// are collected as the client wrote them (aliases, fragments, <c>@skip</c>/<c>@include</c> with the
/// coerced variables) and run as one query; the rest of the operation is left to the subgraphs.
/// </summary>
internal sealed class IntrospectionExecutor
{
    private static readonly IValidationRule[] NoRules = [];

    private readonly ApiSchema _schema;
    private readonly DocumentExecuter _executer = new();
    private readonly GraphQLSerializer _serializer = new();

    public IntrospectionExecutor(ApiSchema schema) => _schema = schema;

    /// <summary>
    /// Maps each root response key that selects <c>__schema</c> or <c>__type</c> to its complete value. The
    /// values are children of the returned object: remove them from it before adding them to another tree.
    /// </summary>
    public async ValueTask<JsonObject> ExecuteAsync(PreparedOperation operation, CancellationToken cancellationToken = default)
    {
        var selections = new List<ASTNode>();
        if (operation.OperationType == OperationType.Query)
        {
            var rootFields = operation.Fields.Root(operation.Operation.SelectionSet, operation.RootType);
            foreach (var field in rootFields)
            {
                if (field.Name is "__schema" or "__type")
                {
                    // @skip/@include of the root fields are already applied by the collection.
                    selections.AddRange(field.Nodes.Select(n => new GraphQLField(n.Name) { Alias = n.Alias, Arguments = n.Arguments, SelectionSet = n.SelectionSet }));
                }
            }
        }

        if (selections.Count == 0)
        {
            return [];
        }

        var query = new GraphQLOperationDefinition(new GraphQLSelectionSet(selections))
        {
            Operation = OperationType.Query,
            Variables = operation.Operation.Variables,
        };
        var definitions = new List<ASTNode> { query };
        definitions.AddRange(operation.Document.Definitions.OfType<GraphQLFragmentDefinition>());

        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema.Schema,
            Document = new GraphQLDocument(definitions),
            Variables = _serializer.Deserialize<Inputs>(operation.Variables.ToJsonString()),
            ValidationRules = NoRules,
            ThrowOnUnhandledException = true,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);

        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"Introspection of a validated operation failed: {errors[0].Message}");
        }

        var response = JsonNode.Parse(_serializer.Serialize(result))!.AsObject();
        if (response["data"] is not JsonObject data)
        {
            return [];
        }

        response.Remove("data");
        return data;
    }
}
