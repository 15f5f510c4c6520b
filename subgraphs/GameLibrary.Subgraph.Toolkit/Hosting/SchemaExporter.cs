using System.Text.Json;

using GameLibrary.Subgraph.Toolkit.Execution;

using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Subgraph.Toolkit.Hosting;

/// <summary>Reads the subgraph's SDL the way composition does: by querying <c>_service { sdl }</c>.</summary>
internal static class SchemaExporter
{
    public static async Task<string> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        ExecutionResult result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>()
            .ExecuteAsync(new ExecutionOptions
            {
                Query = "{ _service { sdl } }",
                RequestServices = scope.ServiceProvider,
                CancellationToken = cancellationToken,
            })
            .ConfigureAwait(false);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"The schema could not be exported: {errors[0].Message}", errors[0]);
        }

        // The result tree is GraphQL.NET's internal shape; its JSON form is the stable one.
        string json = scope.ServiceProvider.GetRequiredService<GraphQLNetSerializer>().Serialize(result);
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()
            ?? throw new InvalidOperationException("The schema could not be exported: _service.sdl is null.");
    }
}
