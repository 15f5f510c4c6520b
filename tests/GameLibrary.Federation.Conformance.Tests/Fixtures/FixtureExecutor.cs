using System.Text.Json;

using GameLibrary.Transport.Execution;

using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>
/// Runs the transport's requests on a fixture schema with GraphQL.NET. (The toolkit's executor is internal and tied
/// to its DI-registered, code-first federation schema; a fixture's schema comes from an SDL file and answers
/// <c>_service</c> and <c>_entities</c> itself.)
/// </summary>
internal sealed class FixtureExecutor(ISchema schema) : IGraphQLExecutor
{
    private static readonly DocumentExecuter Executer = new();

    // Like the toolkit: extensions.code only, no list of exception-derived codes. (Problems of the fixture data are
    // ExecutionErrors, so their messages get through without exposing exception details.)
    private static readonly ResultSerializer Serializer = new(new ErrorInfoProvider(options => options.ExposeCodes = false));

    public async ValueTask<GraphQLExecution> ExecuteAsync(GraphQLRequest request, GraphQLRequestContext context, CancellationToken cancellationToken)
    {
        ExecutionResult result = await Executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is { ValueKind: JsonValueKind.Object } variables ? Serializer.ReadNode<Inputs>(variables) : null,
            RequestServices = context.Services,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        return GraphQLExecution.Single(new FixtureResult(result, Serializer));
    }

    private sealed class FixtureResult(ExecutionResult result, ResultSerializer serializer) : IGraphQLResult
    {
        public GraphQLResultKind Kind => result.Executed ? GraphQLResultKind.Executed : GraphQLResultKind.RequestError;

        public void WriteTo(Utf8JsonWriter writer) => serializer.Write(writer, result);
    }

    /// <summary>GraphQL.SystemTextJson's serializer, opened up to write straight to the transport's writer.</summary>
    private sealed class ResultSerializer(IErrorInfoProvider errorInfoProvider) : GraphQLSerializer(errorInfoProvider)
    {
        public void Write(Utf8JsonWriter writer, ExecutionResult result) => JsonSerializer.Serialize(writer, result, SerializerOptions);
    }
}
