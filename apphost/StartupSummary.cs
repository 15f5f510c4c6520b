using System.Globalization;
using System.Text;

using GameLibrary.AppHost.Platform;
using GameLibrary.AppHost.Seeding;

namespace GameLibrary.AppHost;

/// <summary>The text printed once everything is ready: where to go, how to sign in, what to ask.</summary>
internal static class StartupSummary
{
    /// <summary>A query that joins catalog (title, genres) and users (averageRating, viewerRating, viewerEntry) through the gateway.</summary>
    public const string ExampleQuery = """{ game(id: "1") { title genres { name } averageRating viewerRating viewerEntry { status } } }""";

    /// <summary>A live leaderboard: scoreboard's entries, each player's display name completed from users by the gateway.</summary>
    public const string ExampleSubscription = """subscription { leaderboardUpdated(gameId: "1", top: 10) { entries { rank score user { displayName } } } }""";

    /// <summary>Builds the summary.</summary>
    /// <param name="plan">The running services.</param>
    /// <param name="stores">The databases and Redis in use.</param>
    /// <param name="repositoryRoot">The repository's root (where <c>.data/</c> is).</param>
    /// <param name="demo">The demo account's session, or null when there is none.</param>
    public static string Create(PlatformPlan plan, StoreSettings stores, string repositoryRoot, DemoSession? demo)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stores);
        string gateway = plan.Gateway.PublicGraphQLUrl.ToString();
        StringBuilder text = new();
        text.AppendLine();
        text.AppendLine("GameLibrary is up.");
        text.AppendLine();
        Row(text, "Gateway", $"{gateway}  ({plan.Gateway.Listening}{(plan.Gateway.Public ? "" : "; --public serves the network")})");
        Row(text, "IDE", $"{gateway}  (open it in a browser: Banana Cake Pop)");
        Row(text, "Dashboard", $"{plan.Gateway.PublicDashboardUrl}  (live leaderboards; --simulate makes the demo players play)");
        foreach (ServiceSpec subgraph in plan.Subgraphs)
        {
            Row(text, subgraph.Name, $"{subgraph.PublicGraphQLUrl}  ({subgraph.Listening})");
        }

        Row(text, "Databases", stores.PostgresBase is null
            ? $"SQLite files in {Path.Combine(repositoryRoot, ".data")}"
            : $"PostgreSQL, one database per subgraph ({string.Join(", ", plan.Subgraphs.Select(subgraph => subgraph.Name))})");
        Row(text, "Redis", stores.RedisEmbedded
            ? $"embedded Garnet on {stores.RedisConfiguration} (event log in {BackingStores.GarnetDirectory(repositoryRoot)})"
            : stores.RedisConfiguration);
        text.AppendLine();
        text.AppendLine("Try it in the IDE, or with curl:");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {ExampleQuery}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  curl -s {gateway} -H 'Content-Type: application/json' \\");
        if (demo is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    -H 'Authorization: Bearer {demo.Token}' \\");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"    -d '{{\"query\":\"{ExampleQuery.Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}'");
        text.AppendLine();
        text.AppendLine("A live leaderboard (in the IDE, or any graphql-transport-ws or graphql-sse client), updated as scores arrive:");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {ExampleSubscription}");
        text.AppendLine();
        if (demo is null)
        {
            text.AppendLine("viewerRating and viewerEntry need a signed-in player, and there is no demo account: it is created unless --no-seed is given.");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Demo account: {demo.Username} / {demo.Password}. The token above (valid until {demo.ExpiresAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC)");
            text.AppendLine("goes in the IDE's connection settings as the header Authorization: Bearer <token>; a new one comes from");
            text.AppendLine(CultureInfo.InvariantCulture, $"  mutation {{ login(usernameOrEmail: \"{demo.Username}\", password: \"{demo.Password}\") {{ token }} }}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{demo.Username} is an admin (the catalog's admin mutations); --admin <username> makes another account one.");
        }

        text.AppendLine();
        text.Append("Press Ctrl-C to stop.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string label, string value) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"  {label,-16} {value}");
}
