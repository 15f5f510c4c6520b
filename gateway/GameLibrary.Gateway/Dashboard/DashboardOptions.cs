namespace GameLibrary.Gateway.Dashboard;

/// <summary>Whether the gateway serves the live leaderboard page (<c>Gateway:Dashboard</c>).</summary>
internal sealed class DashboardOptions
{
    public const string SectionName = "Gateway:Dashboard";

    /// <summary>The page's path.</summary>
    public const string Path = "/dashboard";

    /// <summary>Serve the live leaderboard page at <c>/dashboard</c> (default true). Off, the path is not found.</summary>
    public bool Enabled { get; set; } = true;
}
