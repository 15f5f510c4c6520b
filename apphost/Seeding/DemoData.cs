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
}
