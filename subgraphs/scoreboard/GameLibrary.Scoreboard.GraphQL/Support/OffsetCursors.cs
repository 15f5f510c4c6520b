using System.Globalization;
using System.Text;

using GameLibrary.Scoreboard.Scores;

using GraphQL;

namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>Offset cursors for the admins' short lists (flagged scores, audit log), opaque to clients.</summary>
internal static class OffsetCursors
{
    public const int DefaultFirst = 20;

    public const int MaxFirst = 100;

    public static (int Offset, int Limit) Read(IResolveFieldContext context)
    {
        int first = context.GetArgument("first", DefaultFirst);
        if (first is < 0 or > MaxFirst)
        {
            throw ScoreboardErrors.BadInput("first", $"'first' is between 0 and {MaxFirst}, not {first}.");
        }

        return (context.GetArgument<string?>("after") is { } after ? Decode(after) + 1 : 0, first);
    }

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"offset:{offset}")));

    public static IReadOnlyList<Edge<T>> Edges<T>(ScorePage<T> page) =>
        [.. page.Items.Select((item, index) => new Edge<T>(Encode(page.Offset + index), item))];

    public static Types.PageInfo Info<T>(ScorePage<T> page) => new(
        page.HasNextPage,
        page.Offset > 0,
        page.Items.Count > 0 ? Encode(page.Offset) : null,
        page.Items.Count > 0 ? Encode(page.Offset + page.Items.Count - 1) : null);

    private static int Decode(string cursor)
    {
        try
        {
            string text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan("offset:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out int offset)
                && offset < int.MaxValue)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Not base64: reported below like any other cursor this API did not hand out.
        }

        throw ScoreboardErrors.BadInput("after", $"'{cursor}' is not a cursor of this list.");
    }
}
