using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>Warns at startup, not at the first authenticated request, when tokens rely on the public development key.</summary>
internal sealed partial class DevelopmentKeyWarning(JwtSigningKey signingKey, ILogger<DevelopmentKeyWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (signingKey.IsDevelopmentKey)
        {
            LogDevelopmentKey(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Auth:SigningKey is not configured: tokens are signed and validated with the public development key. Never do this with real users.")]
    private static partial void LogDevelopmentKey(ILogger logger);
}
