using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults_MatchTheDocumentation()
    {
        GraphQLTransportOptions options = new();

        Assert.Equal(1024 * 1024, options.MaxRequestBodySize);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectionInitTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), options.KeepAliveInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ShutdownTimeout);
        Assert.True(options.EnableGet);
        Assert.True(options.EnableWebSockets);
        Assert.True(options.EnableServerSentEvents);
    }

    public static TheoryData<string, Action<GraphQLTransportOptions>> InvalidOptions => new()
    {
        { nameof(GraphQLTransportOptions.MaxRequestBodySize), o => o.MaxRequestBodySize = 0 },
        { nameof(GraphQLTransportOptions.MaxRequestBodySize), o => o.MaxRequestBodySize = long.MaxValue },
        { nameof(GraphQLTransportOptions.ConnectionInitTimeout), o => o.ConnectionInitTimeout = TimeSpan.Zero },
        { nameof(GraphQLTransportOptions.ConnectionInitTimeout), o => o.ConnectionInitTimeout = Timeout.InfiniteTimeSpan },
        { nameof(GraphQLTransportOptions.KeepAliveInterval), o => o.KeepAliveInterval = TimeSpan.FromSeconds(-1) },
        { nameof(GraphQLTransportOptions.ShutdownTimeout), o => o.ShutdownTimeout = TimeSpan.FromSeconds(-5) },
        { nameof(GraphQLTransportOptions.ShutdownTimeout), o => o.ShutdownTimeout = TimeSpan.MaxValue },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task InvalidOptions_FailAtStartup(string property, Action<GraphQLTransportOptions> configure)
    {
        OptionsValidationException failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => TransportTestHost.StartAsync(configure));

        Assert.Contains(property, Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZeroKeepAliveAndShutdownTimeout_AreValid()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(options =>
        {
            options.KeepAliveInterval = TimeSpan.Zero;
            options.ShutdownTimeout = TimeSpan.Zero;
        });
        using HttpClient client = host.CreateClient();

        await client.AssertServesHelloAsync();
    }

    [Fact]
    public async Task MapGraphQL_WithoutAddGraphQLTransport_Throws()
    {
        using IHost host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services => services.AddRouting())
                .Configure(app =>
                {
                    app.UseRouting();
                    app.UseEndpoints(endpoints => endpoints.MapGraphQL());
                }))
            .Build();

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("AddGraphQLTransport", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGraphQLTransport_Twice_AppliesBothConfigurations_Once()
    {
        await using TransportTestHost host = await TransportTestHost.StartAsync(
            options => options.EnableGet = false,
            services => services.AddGraphQLTransport(options => options.MaxRequestBodySize = 42));

        GraphQLTransportOptions options = host.Services.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value;
        Assert.False(options.EnableGet);
        Assert.Equal(42, options.MaxRequestBodySize);
        Assert.Single(host.Services.GetServices<IHostedService>(), service => service.GetType().Name == "GraphQLShutdownService");
    }
}
