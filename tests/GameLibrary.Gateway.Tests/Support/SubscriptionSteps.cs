using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

using GameLibrary.Testing;

namespace GameLibrary.Gateway.Tests.Support;

/// <summary>What the subscription tests do, and wait for, against a gateway in front of the test subgraphs.</summary>
public static class SubscriptionSteps
{
    public static Uri GraphQLUrl(GatewayServer gateway) => new(gateway.Client.BaseAddress!, "/graphql");

    /// <summary>Renames a product through the gateway; the products subgraph publishes the rename to its subscribers.</summary>
    public static async Task RenameAsync(GatewayServer gateway, int id, string name)
    {
        GraphQLResponse response = await gateway.PostAsync(
            "mutation Rename($id: ID!, $name: String!) { renameProduct(id: $id, name: $name) { id } }",
            new JsonObject { ["id"] = id, ["name"] = name });
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, response.ToString());
    }

    /// <summary>Waits until the products subgraph has <paramref name="count"/> open subscription(s).</summary>
    public static Task SubgraphSubscribersAsync(SubgraphsFixture subgraphs, int count) => Eventually.UntilAsync(
        () => Task.FromResult(subgraphs.Renames.Subscribers),
        subscribers => subscribers == count,
        $"the products subgraph has {count} open subscription(s)");

    /// <summary>
    /// Scrapes /metrics until <paramref name="name"/>'s value (of the series with <paramref name="label"/>, when given)
    /// satisfies <paramref name="done"/>; returns that value.
    /// </summary>
    public static Task<double> MetricAsync(GatewayServer gateway, string name, Func<double, bool> done, string what, string? label = null) =>
        // The exporter caches a scrape briefly, and the fan-out updates its gauges off the request's thread.
        Eventually.UntilAsync(
            async () => Metric(await gateway.Client.GetStringAsync("/metrics"), name, label),
            done,
            what);

    /// <summary>
    /// A metric's value in a Prometheus scrape, summed over its series (those with <paramref name="label"/>, e.g.
    /// <c>server_port="4000"</c>, when given); -1 when it has none. The fan-out's metrics, and the web servers' ones
    /// without such a label, are process-wide: in this assembly's one-at-a-time tests, what other tests left open
    /// still counts until it closes, and so do the test subgraphs.
    /// </summary>
    public static double Metric(string scrape, string name, string? label = null) =>
        scrape.Split('\n')
            .Where(line => line.StartsWith(name, StringComparison.Ordinal) && (line.Length > name.Length && line[name.Length] is '{' or ' '))
            .Where(line => label is null || line.Contains(label, StringComparison.Ordinal))
            .Select(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture))
            .DefaultIfEmpty(-1)
            .Sum();
}
