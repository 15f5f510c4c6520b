using System.Globalization;

using StackExchange.Redis;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// The scoreboard's Redis keys and channels, all under one prefix. A board is a sorted set (member = time and player,
/// see <see cref="RedisBoards"/>) and a hash (player → member); the game id is a hash tag so a game's keys share a
/// cluster slot, as the multi-key script requires.
/// </summary>
/// <param name="prefix">The prefix, e.g. <c>scoreboard:</c>.</param>
public sealed class BoardKeys(string prefix)
{
    /// <summary>The prefix.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>The pattern matching every board key (for the rebuild's sweep).</summary>
    public string BoardPattern => $"{Prefix}b:*";

    /// <summary>Set after a complete rebuild; its absence at start (or after Redis lost its data) triggers one.</summary>
    public RedisKey Built => $"{Prefix}built";

    /// <summary>Announces changed boards to every instance.</summary>
    public RedisChannel Changes => RedisChannel.Literal($"{Prefix}changes");

    /// <summary>Announces unlocked achievements to every instance.</summary>
    public RedisChannel Achievements => RedisChannel.Literal($"{Prefix}achievements");

    /// <summary>The sorted set of a board.</summary>
    /// <param name="board">The board.</param>
    public RedisKey Ranking(BoardId board) => Base(board);

    /// <summary>The player → member hash of a board.</summary>
    /// <param name="board">The board.</param>
    public RedisKey Members(BoardId board) => Base(board) + ":m";

    /// <summary>The sliding-window set of a player's submissions on a game.</summary>
    /// <param name="userId">The player.</param>
    /// <param name="gameId">The game.</param>
    public RedisKey RateLimit(Guid userId, long gameId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}rl:{userId:N}:{gameId}");

    private string Base(BoardId board) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Prefix}b:{{g{board.GameId}}}:{board.Period.Key}:{(board.Region is { } region ? region.ToString() : "global")}");
}
