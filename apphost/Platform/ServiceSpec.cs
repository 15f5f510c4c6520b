using System.Globalization;

using GameLibrary.AppHost.Processes;

namespace GameLibrary.AppHost.Platform;

/// <summary>A long-running child that serves HTTP: a subgraph or the gateway.</summary>
/// <param name="Process">How to start it.</param>
/// <param name="Port">The port it listens on.</param>
/// <param name="Public">Whether it listens on every network interface; otherwise on loopback only.</param>
internal sealed record ServiceSpec(ProcessSpec Process, int Port, bool Public = false)
{
    /// <summary>Where it listens, in words, for the output.</summary>
    public string Listening => Public
        ? string.Create(CultureInfo.InvariantCulture, $"port {Port}, every network interface")
        : string.Create(CultureInfo.InvariantCulture, $"port {Port}, loopback only");

    /// <summary>Its name, e.g. <c>catalog</c>.</summary>
    public string Name => Process.Name;

    /// <summary>Its GraphQL endpoint on loopback, as the launcher and the gateway call it.</summary>
    public Uri GraphQLUrl => Local("graphql");

    /// <summary>Its readiness endpoint: 200 once it can serve.</summary>
    public Uri HealthUrl => Local("health/ready");

    /// <summary>Its GraphQL endpoint as a person opens it.</summary>
    public Uri PublicGraphQLUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://localhost:{Port}/graphql"));

    /// <summary>The gateway's live leaderboard page as a person opens it (only the gateway serves one).</summary>
    public Uri PublicDashboardUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://localhost:{Port}/dashboard/"));

    private Uri Local(string path) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/{path}"));
}
