namespace GameLibrary.AppHost.Seeding;

/// <summary>
/// The demo data: the account a developer signs in with, whose library gives <c>Game.viewerEntry</c> something to show,
/// and two more players, so <c>Game.averageRating</c> of the first games is a real average.
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

    /// <summary>Every demo account, the viewer first.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        Viewer,
        new("alice", "Alice", [new(1, "COMPLETED", 7), new(2, null, 9), new(3, null, 8)]),
        new("bob", "Bob", [new(1, "OWNED", 10), new(2, null, 6)]),
    ];
}
