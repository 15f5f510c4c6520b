using GameLibrary.Recommendations.Events;

namespace GameLibrary.Recommendations.Tests.Support;

/// <summary>
/// A small catalog with known overlaps. Genres: 1 Action, 2 Roguelike, 3 Metroidvania, 4 RPG, 5 Platformer, 6 Sports,
/// 7 Simulation, 8 Strategy. Platforms: 1 PC, 2 Switch, 3 PlayStation. Companies: 10 Supergiant, 11 Motion Twin,
/// 12 Team Cherry, 13 EA, 14 ConcernedApe, 15 Mega Crit, 16 Maddy Makes Games, 17 Annapurna (publisher).
/// </summary>
public static class Fixture
{
    public const long Hades = 1;
    public const long DeadCells = 2;
    public const long HollowKnight = 3;
    public const long Bastion = 4;
    public const long Celeste = 5;
    public const long Fifa = 6;
    public const long Stardew = 7;
    public const long SlayTheSpire = 8;

    public static IReadOnlyList<GameCreated> Games { get; } =
    [
        new(Hades, "hades", "Hades", [1, 2], [1, 2], [10], [10], 2020),
        new(DeadCells, "dead-cells", "Dead Cells", [1, 2, 3], [1, 2, 3], [11], [11], 2018),
        new(HollowKnight, "hollow-knight", "Hollow Knight", [1, 3], [1, 2], [12], [12], 2017),
        new(Bastion, "bastion", "Bastion", [1, 4], [1], [10], [17], 2011),
        new(Celeste, "celeste", "Celeste", [5], [1, 2], [16], [16], 2018),
        new(Fifa, "fifa", "FIFA", [6], [3], [13], [13], 2022),
        new(Stardew, "stardew-valley", "Stardew Valley", [7, 4], [1, 2, 3], [14], [14], 2016),
        new(SlayTheSpire, "slay-the-spire", "Slay the Spire", [2, 8], [1, 2], [15], [15], 2019),
    ];

    /// <summary>Publishes the catalog and handles it.</summary>
    public static async Task PublishCatalogAsync(RecommendationsDomain domain)
    {
        foreach (GameCreated game in Games)
        {
            await domain.PublishAsync(Source.Catalog, game);
        }

        await domain.ProcessAsync();
    }

    public static async Task<Guid> RegisterAsync(RecommendationsDomain domain, string region = "EU")
    {
        Guid userId = Guid.NewGuid();
        await domain.PublishAsync(Source.Users, new UserRegistered(userId, $"player-{userId:N}", region));
        return userId;
    }

    public static Task RateAsync(RecommendationsDomain domain, Guid userId, long gameId, int rating) =>
        domain.PublishAsync(Source.Users, new GameRated(userId, gameId, rating));

    public static Task OwnAsync(RecommendationsDomain domain, Guid userId, long gameId, string? status = "PLAYING") =>
        domain.PublishAsync(Source.Users, new LibraryChanged(userId, gameId, status));

    public static Task PlayAsync(RecommendationsDomain domain, Guid userId, long gameId, DateTimeOffset? at = null) =>
        domain.PublishAsync(Source.Scoreboard, new ScoreSubmitted(Guid.NewGuid(), userId, gameId, 1000, at ?? domain.Clock.GetUtcNow(), "EU"));
}
