using GameLibrary.Gateway.Configuration;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GameLibrary.Gateway.Tests;

public sealed class GatewayOptionsTests
{
    [Fact]
    public void Every_setting_binds_from_configuration_and_headers_replace_the_default()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Supergraph"] = "schema/supergraph.graphql",
            ["Gateway:PropagateHeaders:0"] = "X-Tenant",
            ["Gateway:SubgraphTimeout"] = "00:00:10",
            ["Gateway:Subgraphs:catalog:Url"] = "http://catalog:4001/graphql",
            ["Gateway:Subgraphs:catalog:Timeout"] = "00:00:02",
            ["Gateway:DeduplicateQueries"] = "false",
            ["Gateway:Subgraphs:catalog:DeduplicateQueries"] = "true",
            ["Gateway:ExposeQueryPlan"] = "false",
            ["Gateway:PlanCacheSize"] = "64",
            ["Gateway:Watch:PollInterval"] = "00:00:01",
            ["Gateway:Watch:Debounce"] = "00:00:00.100",
            ["Gateway:Http:MaxConnectionsPerServer"] = "32",
            ["Gateway:Http:PooledConnectionLifetime"] = "00:05:00",
            ["Gateway:IdleTrim:Enabled"] = "false",
            ["Gateway:IdleTrim:QuietPeriod"] = "00:00:30",
            ["Gateway:IdleTrim:MinimumGrowth"] = "1048576",
        }).Build();

        GatewayOptions options = configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>()!;

        Assert.Equal("schema/supergraph.graphql", options.Supergraph);
        Assert.Equal(["X-Tenant"], options.PropagatedHeaders);
        Assert.Equal(TimeSpan.FromSeconds(10), options.SubgraphTimeout);
        Assert.Equal(new Uri("http://catalog:4001/graphql"), options.Subgraphs["CATALOG"].Url);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Subgraphs["catalog"].Timeout);
        Assert.False(options.DeduplicateQueries);
        Assert.True(options.Subgraphs["catalog"].DeduplicateQueries);
        Assert.False(options.ExposeQueryPlan);
        Assert.Equal(64, options.PlanCacheSize);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Watch.PollInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.Watch.Debounce);
        Assert.Equal(32, options.Http.MaxConnectionsPerServer);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Http.PooledConnectionLifetime);
        Assert.False(options.IdleTrim.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(30), options.IdleTrim.QuietPeriod);
        Assert.Equal(1L << 20, options.IdleTrim.MinimumGrowth);
        Assert.True(new GatewayOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void The_defaults_are_valid_and_propagate_Authorization()
    {
        GatewayOptions options = new();

        Assert.True(new GatewayOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(["Authorization"], options.PropagatedHeaders);
        Assert.True(options.DeduplicateQueries);
    }

    [Fact]
    public void Every_bad_setting_is_named()
    {
        GatewayOptions options = new()
        {
            SubgraphTimeout = TimeSpan.Zero,
            PropagateHeaders = ["Authorization", " "],
            PlanCacheSize = 0,
        };
        options.Subgraphs["catalog"] = new SubgraphOptions { Url = new Uri("catalog:4001", UriKind.RelativeOrAbsolute), Timeout = TimeSpan.FromSeconds(-1) };
        options.Watch.PollInterval = TimeSpan.Zero;
        options.Watch.Debounce = TimeSpan.FromSeconds(-1);
        options.Http.MaxConnectionsPerServer = 0;
        options.IdleTrim.QuietPeriod = TimeSpan.Zero;
        options.IdleTrim.MinimumGrowth = -1;

        ValidateOptionsResult result = new GatewayOptionsValidator().Validate(null, options);

        Assert.Equal(
            [
                "Gateway:SubgraphTimeout must be a positive duration.",
                "Gateway:Subgraphs:catalog:Url must be an absolute http or https URL, not 'catalog:4001'.",
                "Gateway:Subgraphs:catalog:Timeout must be a positive duration.",
                "Gateway:PropagateHeaders must not contain empty header names.",
                "Gateway:PlanCacheSize must be positive.",
                "Gateway:Watch:PollInterval must be a positive duration.",
                "Gateway:Watch:Debounce must not be negative.",
                "Gateway:Http:MaxConnectionsPerServer must be positive.",
                "Gateway:IdleTrim:QuietPeriod must be a positive duration.",
                "Gateway:IdleTrim:QuietAllocationRate, MinimumGrowth and MinimumInterval must not be negative.",
            ],
            result.Failures);
    }
}
