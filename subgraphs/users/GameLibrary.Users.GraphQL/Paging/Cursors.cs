using GameLibrary.Subgraph.Toolkit.Paging;
using GameLibrary.Users.GraphQL.Support;
using GameLibrary.Users.Paging;

using GraphQL;

namespace GameLibrary.Users.GraphQL.Paging;

/// <summary>The users subgraph's connections: offset cursors (<see cref="OffsetCursor"/>) and the <c>first</c> limits they share.</summary>
internal static class Cursors
{
    public const int DefaultFirst = 20;

    public const int MaxFirst = 50;

    /// <summary>Reads <c>first</c> and <c>after</c> into the offset and limit of the page to fetch.</summary>
    public static (int Offset, int Limit) Read(IResolveFieldContext context)
    {
        int first = context.GetArgument("first", DefaultFirst);
        if (first is < 0 or > MaxFirst)
        {
            throw DomainErrors.BadUserInput($"'first' is between 0 and {MaxFirst}, not {first}.");
        }

        if (context.GetArgument<string?>("after") is not { } after)
        {
            return (0, first);
        }

        return OffsetCursor.TryDecode(after, out int offset)
            ? (offset + 1, first)
            : throw DomainErrors.BadUserInput($"'{after}' is not a cursor of this connection.");
    }

    public static IReadOnlyList<Edge<T>> Edges<T>(Page<T> page) =>
        [.. page.Items.Select((item, index) => new Edge<T>(OffsetCursor.Encode(page.Offset + index), item))];

    public static PageInfo Info<T>(Page<T> page) => OffsetCursor.Info(page.Offset, page.Items.Count, page.HasNextPage);
}
