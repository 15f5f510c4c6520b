namespace GameLibrary.AppHost.Platform;

/// <summary>A subgraph the launcher runs.</summary>
/// <param name="Name">Its name in the supergraph and in the output, e.g. <c>catalog</c>.</param>
/// <param name="ConnectionName">Its database's name under <c>ConnectionStrings</c>, e.g. <c>Catalog</c> (SQLite: <c>.data/catalog.db</c>).</param>
/// <param name="AssemblyName">Its host's assembly name.</param>
/// <param name="Port">Its HTTP port.</param>
internal sealed record SubgraphDefinition(string Name, string ConnectionName, string AssemblyName, int Port)
{
    /// <summary>Games, genres, platforms, companies; has the <c>seed</c> command.</summary>
    public static SubgraphDefinition Catalog { get; } = new("catalog", "Catalog", "GameLibrary.Catalog.Host", 4001);

    /// <summary>Accounts, libraries, ratings, follows.</summary>
    public static SubgraphDefinition Users { get; } = new("users", "Users", "GameLibrary.Users.Host", 4002);

    /// <summary>Scores, leaderboards, achievements, competitions; live boards through subscriptions.</summary>
    public static SubgraphDefinition Scoreboard { get; } = new("scoreboard", "Scoreboard", "GameLibrary.Scoreboard.Host", 4003);

    /// <summary>Similar games, personal picks and trending games, from the other subgraphs' events.</summary>
    public static SubgraphDefinition Recommendations { get; } = new("recommendations", "Recommendations", "GameLibrary.Recommendations.Host", 4004);

    /// <summary>Every subgraph, in start order.</summary>
    public static IReadOnlyList<SubgraphDefinition> All { get; } = [Catalog, Users, Scoreboard, Recommendations];
}
