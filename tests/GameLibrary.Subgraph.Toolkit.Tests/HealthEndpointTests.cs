using System.Net;
using System.Text.Json.Nodes;

using GameLibrary.Subgraph.Toolkit.Health;
using GameLibrary.Subgraph.Toolkit.Tests.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameLibrary.Subgraph.Toolkit.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_and_ready_answer_200_when_the_ready_checks_pass()
    {
        await using TestSubgraph subgraph = await StartWithChecksAsync(HealthStatus.Healthy);

        using HttpResponseMessage live = await subgraph.Client.GetAsync("/health/live");
        using HttpResponseMessage ready = await subgraph.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        JsonNode body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("""[{"name":"database","status":"Healthy"}]""", Checks(body));
    }

    [Theory]
    [InlineData(HealthStatus.Unhealthy)]
    [InlineData(HealthStatus.Degraded)]
    public async Task Ready_answers_503_listing_the_checks_when_a_ready_check_does_not_pass_while_live_stays_200(HealthStatus status)
    {
        await using TestSubgraph subgraph = await StartWithChecksAsync(status);

        using HttpResponseMessage live = await subgraph.Client.GetAsync("/health/live");
        using HttpResponseMessage ready = await subgraph.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("application/json", ready.Content.Headers.ContentType?.MediaType);
        JsonNode body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal(status.ToString(), body["status"]!.GetValue<string>());
        Assert.Equal($$"""[{"name":"database","status":"{{status}}","description":"database is {{status}}"}]""", Checks(body));
    }

    [Fact]
    public async Task Ready_without_registered_checks_is_200()
    {
        await using TestSubgraph subgraph = await TestSubgraph.StartAsync();

        using HttpResponseMessage ready = await subgraph.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    /// <summary>A ready-tagged check with <paramref name="status"/>, and a failing untagged one that neither endpoint runs.</summary>
    private static Task<TestSubgraph> StartWithChecksAsync(HealthStatus status) =>
        TestSubgraph.StartAsync(configure: builder => builder.Services.AddHealthChecks()
            .AddCheck("database", () => new HealthCheckResult(status, status == HealthStatus.Healthy ? null : $"database is {status}"), [HealthCheckTags.Ready])
            .AddCheck("untagged", () => HealthCheckResult.Unhealthy("not a readiness concern")));

    // Durations vary from run to run; the rest of each entry is what operators read.
    private static string Checks(JsonNode body)
    {
        JsonArray checks = body["checks"]!.AsArray();
        foreach (JsonNode? check in checks)
        {
            Assert.True(check!.AsObject().Remove("durationMs"));
        }

        return checks.ToJsonString();
    }
}
