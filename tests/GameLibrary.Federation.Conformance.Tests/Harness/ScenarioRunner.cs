using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Xunit.Sdk;

namespace GameLibrary.Federation.Conformance.Tests.Harness;

/// <summary>Runs one scenario query through the gateway and fails with a readable diff when the response differs.</summary>
public static class ScenarioRunner
{
    /// <summary>How long one query may take end to end before the case fails as hung.</summary>
    public static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the query (with a fresh <c>$sequence</c>) and compares its response.</summary>
    public static Task RunAsync(ScenarioHost host, ScenarioQuery query)
    {
        ArgumentNullException.ThrowIfNull(host);
        return RunAsync(host, query, host.Scenario.SupergraphSdl);
    }

    /// <summary>Runs the query through a gateway over <paramref name="supergraphSdl"/> instead of the committed supergraph.</summary>
    public static async Task RunAsync(ScenarioHost host, ScenarioQuery query, string supergraphSdl)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(query);

        host.Sequence.Reset();
        FederationGateway gateway = host.Gateway(query.Down, supergraphSdl);
        GatewayRequest request = new(
            query.Query,
            query.OperationName,
            query.Variables is null ? null : JsonSerializer.SerializeToElement(query.Variables));

        using CancellationTokenSource timeout = new(QueryTimeout);
        GatewayResult result;
        try
        {
            result = await gateway.ExecuteAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new XunitException($"{host.Scenario.Name}/{query.Name}: no response within {QueryTimeout.TotalSeconds} s");
        }

        JsonObject actual = JsonNode.Parse(result.ToJsonString())?.AsObject()
            ?? throw new XunitException($"{host.Scenario.Name}/{query.Name}: the response is not a JSON object");
        IReadOnlyList<string> differences = ResponseComparer.Compare(query.Expected, actual);
        if (differences.Count > 0)
        {
            throw new XunitException(Report($"{host.Scenario.Name}/{query.Name}", query, actual, differences));
        }
    }

    /// <summary>The failure report: what differs, then the query and the expected and actual responses, indented.</summary>
    private static string Report(string testCase, ScenarioQuery query, JsonObject actual, IReadOnlyList<string> differences)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(differences);
        StringBuilder report = new();
        report.AppendLine($"{testCase}: the gateway's response differs from the expected one");
        foreach (string difference in differences)
        {
            report.AppendLine($"  - {difference}");
        }

        report.AppendLine("query:").AppendLine(query.Query);
        report.AppendLine("expected (errors list only the properties compared):").AppendLine(ResponseComparer.Indented(query.Expected.ToJson()));
        report.AppendLine("actual:").AppendLine(ResponseComparer.Indented(actual));
        return report.ToString();
    }
}
