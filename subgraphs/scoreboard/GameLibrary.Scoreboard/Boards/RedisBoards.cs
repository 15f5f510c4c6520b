using System.Globalization;

using StackExchange.Redis;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// The boards in Redis sorted sets. The sorted-set score is the points (exact in a double up to 2^53); the member is
/// <c>{9999999999999999 − achievedAt µs:D16}{user id:N}</c>, so among equal points Redis' reverse order puts the earlier
/// time first (ADR 0012). A hash per board maps each player to their member, to replace it when they improve.
/// Every command used is served by Redis and Garnet; the multi-key update is one Lua script (Garnet runs Lua when
/// started with <c>--lua true</c>, as the embedded server is).
/// </summary>
/// <param name="redis">The application's connection.</param>
/// <param name="keys">The key names.</param>
public sealed class RedisBoards(IConnectionMultiplexer redis, BoardKeys keys)
{
    private const long MaxMicros = 9_999_999_999_999_999;

    // KEYS: (ranking, members) per board. ARGV: player, points, member, then an EXPIREAT per board (0 = none).
    // A board changes only when the new score is higher, or equal and earlier. Returns the player's 1-based rank on the
    // first board afterwards (0 when absent), so a submission learns its rank in the same round trip.
    private const string ApplyScript = """
        local points = tonumber(ARGV[2])
        for i = 1, #KEYS, 2 do
          local ranking = KEYS[i]
          local members = KEYS[i + 1]
          local old = redis.call('HGET', members, ARGV[1])
          local apply = true
          if old then
            local current = redis.call('ZSCORE', ranking, old)
            if current then
              local held = tonumber(current)
              if held > points or (held == points and old >= ARGV[3]) then
                apply = false
              end
            end
          end
          if apply then
            if old then
              redis.call('ZREM', ranking, old)
            end
            redis.call('ZADD', ranking, points, ARGV[3])
            redis.call('HSET', members, ARGV[1], ARGV[3])
          end
          local expireAt = tonumber(ARGV[4 + (i - 1) / 2])
          if expireAt > 0 then
            redis.call('EXPIREAT', ranking, expireAt)
            redis.call('EXPIREAT', members, expireAt)
          end
        end
        local mine = redis.call('HGET', KEYS[2], ARGV[1])
        if mine then
          local rank = redis.call('ZREVRANK', KEYS[1], mine)
          if rank then
            return rank + 1
          end
        end
        return 0
        """;

    // KEYS: ranking, members of one board. ARGV: EXPIREAT (0 = none), then (player, points, member) triples. The same
    // rule as ApplyScript, so a rebuild writing beside live submissions keeps the better entry of each player.
    private const string ApplyManyScript = """
        for i = 2, #ARGV, 3 do
          local points = tonumber(ARGV[i + 1])
          local old = redis.call('HGET', KEYS[2], ARGV[i])
          local apply = true
          if old then
            local current = redis.call('ZSCORE', KEYS[1], old)
            if current then
              local held = tonumber(current)
              if held > points or (held == points and old >= ARGV[i + 2]) then
                apply = false
              end
            end
          end
          if apply then
            if old then
              redis.call('ZREM', KEYS[1], old)
            end
            redis.call('ZADD', KEYS[1], points, ARGV[i + 2])
            redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 2])
          end
        end
        if tonumber(ARGV[1]) > 0 then
          redis.call('EXPIREAT', KEYS[1], ARGV[1])
          redis.call('EXPIREAT', KEYS[2], ARGV[1])
        end
        return 1
        """;

    // KEYS: (ranking, members) per board. ARGV: player.
    private const string RemoveScript = """
        for i = 1, #KEYS, 2 do
          local old = redis.call('HGET', KEYS[i + 1], ARGV[1])
          if old then
            redis.call('ZREM', KEYS[i], old)
            redis.call('HDEL', KEYS[i + 1], ARGV[1])
          end
        end
        return 1
        """;

    /// <summary>Whether Redis is connected; when not, callers read SQL instead of waiting for a timeout.</summary>
    public bool IsConnected => redis.IsConnected;

    /// <summary>The member of a player's entry.</summary>
    /// <param name="userId">The player.</param>
    /// <param name="achievedAtMicros">When the score was played.</param>
    public static string Member(Guid userId, long achievedAtMicros) =>
        string.Create(CultureInfo.InvariantCulture, $"{MaxMicros - achievedAtMicros:D16}{userId:N}");

    /// <summary>Reads a member back.</summary>
    /// <param name="member">A member written by <see cref="Member"/>.</param>
    public static (Guid UserId, long AchievedAtMicros) ParseMember(string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        long inverted = long.Parse(member.AsSpan(0, 16), NumberStyles.None, CultureInfo.InvariantCulture);
        return (Guid.ParseExact(member.AsSpan(16), "N"), MaxMicros - inverted);
    }

    /// <summary>
    /// Puts a player's score on boards where it beats their entry; returns the player's 1-based rank on the first board
    /// afterwards, 0 when they are not on it.
    /// </summary>
    /// <param name="boards">The boards with their expiry.</param>
    /// <param name="userId">The player.</param>
    /// <param name="score">The points.</param>
    /// <param name="achievedAtMicros">When it was played.</param>
    public async Task<long> ApplyAsync(IReadOnlyList<(BoardId Board, DateTimeOffset? ExpiresAt)> boards, Guid userId, long score, long achievedAtMicros)
    {
        ArgumentNullException.ThrowIfNull(boards);
        RedisKey[] scriptKeys = new RedisKey[boards.Count * 2];
        RedisValue[] arguments = new RedisValue[3 + boards.Count];
        arguments[0] = userId.ToString("N");
        arguments[1] = score;
        arguments[2] = Member(userId, achievedAtMicros);
        for (int i = 0; i < boards.Count; i++)
        {
            scriptKeys[2 * i] = keys.Ranking(boards[i].Board);
            scriptKeys[(2 * i) + 1] = keys.Members(boards[i].Board);
            arguments[3 + i] = boards[i].ExpiresAt?.ToUnixTimeSeconds() ?? 0;
        }

        RedisResult result = await redis.GetDatabase().ScriptEvaluateAsync(ApplyScript, scriptKeys, arguments).ConfigureAwait(false);
        return (long)result;
    }

    /// <summary>Puts many players' bests on one board (a rebuild's batch), each only where it beats the player's entry.</summary>
    /// <param name="board">The board.</param>
    /// <param name="expiresAt">When the board's keys expire.</param>
    /// <param name="entries">The players' bests.</param>
    public Task ApplyManyAsync(BoardId board, DateTimeOffset? expiresAt, IReadOnlyList<(Guid UserId, long Score, long AchievedAtMicros)> entries)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(entries);
        RedisValue[] arguments = new RedisValue[1 + (3 * entries.Count)];
        arguments[0] = expiresAt?.ToUnixTimeSeconds() ?? 0;
        for (int i = 0; i < entries.Count; i++)
        {
            arguments[1 + (3 * i)] = entries[i].UserId.ToString("N");
            arguments[2 + (3 * i)] = entries[i].Score;
            arguments[3 + (3 * i)] = Member(entries[i].UserId, entries[i].AchievedAtMicros);
        }

        return redis.GetDatabase().ScriptEvaluateAsync(ApplyManyScript, [keys.Ranking(board), keys.Members(board)], arguments);
    }

    /// <summary>Deletes a board's keys (a rebuild's first step).</summary>
    /// <param name="board">The board.</param>
    public Task DeleteAsync(BoardId board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return redis.GetDatabase().KeyDeleteAsync([keys.Ranking(board), keys.Members(board)]);
    }

    /// <summary>Takes a player off boards.</summary>
    /// <param name="boards">The boards.</param>
    /// <param name="userId">The player.</param>
    public Task RemoveAsync(IReadOnlyList<BoardId> boards, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(boards);
        if (boards.Count == 0)
        {
            return Task.CompletedTask;
        }

        RedisKey[] scriptKeys = [.. boards.SelectMany(board => new[] { keys.Ranking(board), keys.Members(board) })];
        return redis.GetDatabase().ScriptEvaluateAsync(RemoveScript, scriptKeys, [userId.ToString("N")]);
    }

    /// <summary>Reads a page of a board.</summary>
    /// <param name="board">The board.</param>
    /// <param name="first">The page size.</param>
    /// <param name="after">The position after which the page starts.</param>
    /// <param name="minScore">Leaves out entries below this score.</param>
    public async Task<LeaderboardPage> ReadPageAsync(BoardId board, int first, BoardCursor? after, long? minScore)
    {
        ArgumentNullException.ThrowIfNull(board);
        IDatabase database = redis.GetDatabase();
        RedisKey ranking = keys.Ranking(board);
        Task<long> total = database.SortedSetLengthAsync(ranking);
        double max = after is null ? double.PositiveInfinity : after.Score;
        double min = minScore ?? double.NegativeInfinity;
        string? afterMember = after is null ? null : Member(after.UserId, after.AchievedAtMicros);

        // Entries tied with the cursor's score but ranked before it come back first: skip them, then take first + 1.
        List<SortedSetEntry> found = [];
        int wanted = first + 1;
        long skip = 0;
        int take = Math.Max(16, wanted * 2);
        while (found.Count < wanted)
        {
            SortedSetEntry[] batch = await database.SortedSetRangeByScoreWithScoresAsync(
                ranking, min, max, Exclude.None, Order.Descending, skip, take).ConfigureAwait(false);
            foreach (SortedSetEntry entry in batch)
            {
                if (afterMember is not null && entry.Score == max && string.CompareOrdinal(entry.Element.ToString(), afterMember) >= 0)
                {
                    continue;
                }

                found.Add(entry);
                if (found.Count == wanted)
                {
                    break;
                }
            }

            if (batch.Length < take)
            {
                break;
            }

            skip += batch.Length;
        }

        long firstRank = 1;
        if (found.Count > 0 && after is not null)
        {
            firstRank = (await database.SortedSetRankAsync(ranking, found[0].Element, Order.Descending).ConfigureAwait(false) ?? 0) + 1;
        }

        List<BoardEntry> entries = [.. found.Take(first).Select((entry, index) =>
        {
            (Guid userId, long micros) = ParseMember(entry.Element.ToString());
            return new BoardEntry(firstRank + index, userId, (long)entry.Score, micros);
        })];
        return new LeaderboardPage(board, await total.ConfigureAwait(false), entries, found.Count > first, after is not null);
    }

    /// <summary>A player's standing, or <see langword="null"/> when they are not on the board.</summary>
    /// <param name="board">The board.</param>
    /// <param name="userId">The player.</param>
    public async Task<PlayerRank?> RankAsync(BoardId board, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(board);
        IDatabase database = redis.GetDatabase();
        RedisValue member = await database.HashGetAsync(keys.Members(board), userId.ToString("N")).ConfigureAwait(false);
        if (member.IsNull)
        {
            return null;
        }

        RedisKey ranking = keys.Ranking(board);
        Task<long?> rank = database.SortedSetRankAsync(ranking, member, Order.Descending);
        Task<double?> score = database.SortedSetScoreAsync(ranking, member);
        Task<long> total = database.SortedSetLengthAsync(ranking);
        return await rank.ConfigureAwait(false) is { } position && await score.ConfigureAwait(false) is { } points
            ? new PlayerRank(position + 1, (long)points, await total.ConfigureAwait(false))
            : null;
    }

    /// <summary>The entries of some players on a board (friends), ranked among themselves.</summary>
    /// <param name="board">The board.</param>
    /// <param name="userIds">The players.</param>
    public async Task<IReadOnlyList<BoardEntry>> ReadPlayersAsync(BoardId board, IReadOnlyCollection<Guid> userIds)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(userIds);
        IDatabase database = redis.GetDatabase();
        RedisValue[] members = await database.HashGetAsync(
            keys.Members(board), [.. userIds.Select(id => (RedisValue)id.ToString("N"))]).ConfigureAwait(false);
        RedisKey ranking = keys.Ranking(board);
        List<(string Member, Task<double?> Score)> lookups = [.. members.Where(member => !member.IsNull)
            .Select(member => (member.ToString(), database.SortedSetScoreAsync(ranking, member)))];
        List<(long Score, Guid UserId, long Micros)> rows = [];
        foreach ((string member, Task<double?> score) in lookups)
        {
            if (await score.ConfigureAwait(false) is { } points)
            {
                (Guid userId, long micros) = ParseMember(member);
                rows.Add(((long)points, userId, micros));
            }
        }

        rows.Sort((a, b) => BoardOrder.Compare(a.Score, a.Micros, a.UserId, b.Score, b.Micros, b.UserId));
        return [.. rows.Select((row, index) => new BoardEntry(index + 1, row.UserId, row.Score, row.Micros))];
    }
}
