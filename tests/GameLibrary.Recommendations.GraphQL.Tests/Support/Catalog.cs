using GameLibrary.Recommendations.Events;

namespace GameLibrary.Recommendations.GraphQL.Tests.Support;

/// <summary>A small fixture catalog published the way the catalog would publish it.</summary>
public static class Catalog
{
    public static IReadOnlyList<GameCreated> Games { get; } =
    [
        new(1, "hades", "Hades", [1, 2], [1, 2], [10], [10], 2020),
        new(2, "dead-cells", "Dead Cells", [1, 2, 3], [1, 2, 3], [11], [11], 2018),
        new(3, "hollow-knight", "Hollow Knight", [1, 3], [1, 2], [12], [12], 2017),
        new(4, "bastion", "Bastion", [1, 4], [1], [10], [17], 2011),
        new(5, "celeste", "Celeste", [5], [1, 2], [16], [16], 2018),
        new(6, "fifa", "FIFA", [6], [3], [13], [13], 2002),
    ];

    /// <summary>Publishes the games and waits until the subgraph knows the last of them.</summary>
    public static async Task PublishAsync(RecommendationsApi api)
    {
        foreach (GameCreated game in Games)
        {
            await api.PublishAsync(api.CatalogLog, game);
        }

        await api.CaughtUpAsync();
    }
}
