using System.Net;

using GameLibrary.Subgraph.Toolkit.Tests.Support;

namespace GameLibrary.Subgraph.Toolkit.Tests;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_serve_the_GraphQL_operation_metrics_in_Prometheus_text_format()
    {
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync();
        await subgraph.PostAsync("query TopProduct { product(id: 1) { name } }");
        await subgraph.PostAsync("query Broken { boom }");

        using HttpResponseMessage response = await subgraph.Client.GetAsync("/metrics");
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE graphql_operation_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Matches("""graphql_operation_duration_seconds_count\{[^}]*graphql_operation_name="TopProduct"[^}]*graphql_operation_type="query"[^}]*\} 1""", text);
        Assert.Matches("""graphql_operation_errors_total\{[^}]*graphql_operation_name="Broken"[^}]*\} 1""", text);
        Assert.DoesNotMatch("""graphql_operation_errors_total\{[^}]*graphql_operation_name="TopProduct""", text);
    }
}
