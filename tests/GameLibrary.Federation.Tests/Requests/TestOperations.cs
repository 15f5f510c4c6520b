using System.Collections.Concurrent;
using System.Text.Json;

using GameLibrary.Federation.Api;
using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Tests.Api;

namespace GameLibrary.Federation.Tests.Requests;

/// <summary>Prepares operations against the API schemas of the test supergraphs (catalog-users unless told).</summary>
internal static class TestOperations
{
    private static readonly ConcurrentDictionary<string, OperationPreparer> Preparers = new();

    public static ApiSchema Schema => TestSupergraphs.Api("catalog-users");

    /// <summary>A fresh preparer (empty document cache) for the catalog-users schema.</summary>
    public static OperationPreparer Preparer() => new(Schema);

    /// <summary>Prepares an operation that must be valid.</summary>
    public static PreparedOperation Prepare(string query, string? variablesJson = null, string? operationName = null, string scenario = "catalog-users")
    {
        var preparer = Preparers.GetOrAdd(scenario, s => new OperationPreparer(TestSupergraphs.Api(s)));
        var result = preparer.Prepare(query, operationName, Variables(variablesJson));
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        return result.Operation!;
    }

    public static JsonElement? Variables(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement;
}
