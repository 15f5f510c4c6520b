using GameLibrary.Scoreboard.Scores;
using GameLibrary.Subgraph.Toolkit.Paging;

using GraphQL;

namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>The admins' short lists (flagged scores, audit log): offset cursors (<see cref="OffsetCursor"/>) and their <c>first</c> limits.</summary>
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

        if (context.GetArgument<string?>("after") is not { } after)
        {
            return (0, first);
        }

        return OffsetCursor.TryDecode(after, out int offset)
            ? (offset + 1, first)
            : throw ScoreboardErrors.BadInput("after", $"'{after}' is not a cursor of this list.");
    }

    public static IReadOnlyList<Edge<T>> Edges<T>(ScorePage<T> page) =>
        [.. page.Items.Select((item, index) => new Edge<T>(OffsetCursor.Encode(page.Offset + index), item))];

    public static PageInfo Info<T>(ScorePage<T> page) => OffsetCursor.Info(page.Offset, page.Items.Count, page.HasNextPage);
}
