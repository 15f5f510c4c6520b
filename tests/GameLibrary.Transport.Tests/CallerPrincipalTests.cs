using System.Net;
using System.Security.Claims;
using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;

using GameLibrary.Transport.Tests.Support;

namespace GameLibrary.Transport.Tests;

/// <summary>
/// The caller's principal reaches an executor that asks for it, and a request whose executor never asks does not make
/// ASP.NET Core create one: an open subscription would hold it for its whole life.
/// </summary>
public sealed class CallerPrincipalTests
{
    [Fact]
    public async Task An_executor_asking_for_the_caller_gets_the_principal_the_pipeline_set()
    {
        PrincipalWatch watch = new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "grace")], "test")));
        await using TransportTestHost host = await TransportTestHost.StartAsync(services: watch.Register);
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse response = await client.PostAsync("""{"query":"{ whoami }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        using JsonDocument body = JsonDocument.Parse(response.Body);
        Assert.Equal("grace", body.RootElement.GetProperty("data").GetProperty("whoami").GetProperty("user").GetString());
    }

    [Fact]
    public async Task An_executor_that_never_asks_for_the_caller_leaves_the_request_without_a_principal()
    {
        PrincipalWatch watch = new(setUser: null);
        await using TransportTestHost host = await TransportTestHost.StartAsync(services: watch.Register);
        using HttpClient client = host.CreateClient();

        GraphQLHttpResponse answered = await client.PostAsync(GraphQLHttp.HelloBody);
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.False(watch.PrincipalCreated);

        // The same watch sees one when the executor asks: the check above could have failed.
        GraphQLHttpResponse asked = await client.PostAsync("""{"query":"{ whoami }"}""");
        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.True(watch.PrincipalCreated);
    }

    /// <summary>A middleware in front of the endpoint: sets a principal, or reports whether one was created.</summary>
    private sealed class PrincipalWatch(ClaimsPrincipal? setUser) : IStartupFilter
    {
        public bool PrincipalCreated { get; private set; }

        public void Register(IServiceCollection services) => services.AddSingleton<IStartupFilter>(this);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                if (setUser is not null)
                {
                    context.User = setUser;
                }

                await inner(context);

                // DefaultHttpContext creates its anonymous principal (and this feature) on first read of User.
                PrincipalCreated = context.Features.Get<IHttpAuthenticationFeature>()?.User is not null;
            });
            next(app);
        };
    }
}
