using Microsoft.Extensions.Configuration;

namespace GameLibrary.Subgraph.Toolkit.Authentication;

/// <summary>
/// Tells whether the platform runs on its embedded defaults: no connection string configured at all, so every
/// subgraph uses SQLite files and the in-process Garnet server (the one-command local run).
/// </summary>
internal static class EmbeddedDefaults
{
    public static bool AreActive(IConfiguration configuration) =>
        configuration.GetSection("ConnectionStrings").GetChildren().All(connection => string.IsNullOrWhiteSpace(connection.Value));
}
