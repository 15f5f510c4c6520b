namespace GameLibrary.AppHost.Seeding;

/// <summary>
/// The demo data: the account a developer signs in with, whose library gives <c>Game.viewerEntry</c> something to show,
/// and two more players, so <c>Game.averageRating</c> of the first games (ids 1 to 5, the oldest in the catalog: what
/// the README's example pages show) is a real average.
/// </summary>
internal static class DemoData
{
    /// <summary>Every demo account's password (10+ characters, letters with digits, not containing a username).</summary>
    public const string Password = "gamelibrary-42";

    /// <summary>The account to sign in with.</summary>
    public static DemoAccount Viewer { get; } = new("demo", "Demo Player",
    [
        new(1, "PLAYING", 9),
        new(2, "COMPLETED", 8),
        new(3, "OWNED", 7),
        new(4, "WISHLIST", null),
        new(5, "DROPPED", 4),
    ]);

    /// <summary>Every demo account, the viewer last: its existence tells that a seed run finished.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("alice", "Alice", [new(1, "COMPLETED", 7), new(2, null, 9), new(3, null, 8), new(4, "PLAYING", 8)]),
        new("bob", "Bob", [new(1, "OWNED", 10), new(2, null, 6), new(4, null, 6), new(5, null, 5)]),
        Viewer,
    ];

    /// <summary>
    /// The demo accounts' scores on the first games: three players on game 1's board, two on games 2 and 3 — ordered
    /// boards to look at and to beat (plausible values, so no anti-cheat rule flags them).
    /// </summary>
    public static IReadOnlyList<DemoScore> Scores { get; } =
    [
        new("alice", 1, 5100), new("alice", 2, 2500), new("alice", 4, 900),
        new("bob", 1, 3900), new("bob", 3, 1200), new("bob", 5, 700),
        new("demo", 1, 4200), new("demo", 2, 1800), new("demo", 3, 650),
    ];
}
