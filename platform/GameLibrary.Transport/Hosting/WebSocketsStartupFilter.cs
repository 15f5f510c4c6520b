using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace GameLibrary.Transport.Hosting;

/// <summary>
/// Puts the WebSocket middleware at the front of the pipeline so that upgrades reach the GraphQL
/// endpoint whether or not the application called <c>UseWebSockets</c> itself (the middleware
/// skips requests that already carry a WebSocket feature, so a second instance is harmless).
/// </summary>
internal sealed class WebSocketsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
    {
        return app =>
        {
            app.UseWebSockets();
            next(app);
        };
    }
}
