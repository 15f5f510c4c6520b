namespace GameLibrary.Recommendations.ReadModel;

/// <summary>
/// A deleted game or user. Logs are read independently, so a rating may be read after its game's deletion (and a
/// rebuild reads the logs in another interleaving than live consumption did); the tombstone makes the late event a
/// no-op, so the read model does not depend on the order the logs were read in.
/// </summary>
public sealed class Tombstone
{
    /// <summary><c>game</c> or <c>user</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The game id or user id, as text.</summary>
    public string Key { get; set; } = "";

    /// <summary>The tombstone kind of games.</summary>
    public const string Game = "game";

    /// <summary>The tombstone kind of users.</summary>
    public const string User = "user";
}
