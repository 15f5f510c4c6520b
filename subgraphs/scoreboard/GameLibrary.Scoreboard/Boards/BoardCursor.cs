using System.Buffers.Text;
using System.Globalization;
using System.Text;

using GameLibrary.Scoreboard.Errors;

namespace GameLibrary.Scoreboard.Boards;

/// <summary>
/// A position on a board for keyset paging: the next page holds the entries ordered after (score, time, player).
/// Opaque to clients (base64url of a versioned tuple); one that does not parse is <c>BAD_USER_INPUT</c> on <c>after</c>.
/// </summary>
/// <param name="Score">The entry's score.</param>
/// <param name="AchievedAtMicros">When it was played.</param>
/// <param name="UserId">The player.</param>
public sealed record BoardCursor(long Score, long AchievedAtMicros, Guid UserId)
{
    private const string Version = "b1";

    /// <summary>The opaque text.</summary>
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Version}:{Score}:{AchievedAtMicros}:{UserId:N}")));

    /// <summary>Reads a cursor handed out by <see cref="Encode"/>.</summary>
    /// <param name="text">The cursor.</param>
    /// <exception cref="ScoreboardException">The text is not such a cursor.</exception>
    public static BoardCursor Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            string[] parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':');
            if (parts is [Version, var score, var micros, var user]
                && long.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out long parsedScore)
                && long.TryParse(micros, NumberStyles.None, CultureInfo.InvariantCulture, out long parsedMicros)
                && Guid.TryParseExact(user, "N", out Guid userId))
            {
                return new BoardCursor(parsedScore, parsedMicros, userId);
            }
        }
        catch (FormatException)
        {
            // Reported below like any other text this API did not hand out.
        }

        throw ScoreboardException.BadInput("after", $"'{text}' is not a cursor of this board.");
    }

    /// <summary>Whether <paramref name="entry"/> comes after this position in board order.</summary>
    /// <param name="entry">An entry of the same board.</param>
    public bool Precedes(BoardEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return BoardOrder.Compare(Score, AchievedAtMicros, UserId, entry.Score, entry.AchievedAtMicros, entry.UserId) < 0;
    }
}
