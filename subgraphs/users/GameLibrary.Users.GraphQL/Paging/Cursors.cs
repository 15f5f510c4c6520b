using System.Globalization;
using System.Text;

using GameLibrary.Users.GraphQL.Support;
using GameLibrary.Users.Paging;

using GraphQL;

namespace GameLibrary.Users.GraphQL.Paging;

/// <summary>
/// Relay cursors over offsets, opaque to clients (base64 of <c>offset:N</c>), and the <c>first</c> limits every
/// connection shares.
/// </summary>
internal static class Cursors
{
    public const int DefaultFirst = 20;

    public const int MaxFirst = 50;

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"offset:{offset}")));

    /// <summary>Reads <c>first</c> and <c>after</c> into the offset and limit of the page to fetch.</summary>
    public static (int Offset, int Limit) Read(IResolveFieldContext context)
    {
        int first = context.GetArgument("first", DefaultFirst);
        if (first is < 0 or > MaxFirst)
        {
            throw DomainErrors.BadUserInput($"'first' is between 0 and {MaxFirst}, not {first}.");
        }

        return (context.GetArgument<string?>("after") is { } after ? Decode(after) + 1 : 0, first);
    }

    public static IReadOnlyList<Edge<T>> Edges<T>(Page<T> page) =>
        [.. page.Items.Select((item, index) => new Edge<T>(Encode(page.Offset + index), item))];

    public static PageInfo Info<T>(Page<T> page) => new(
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

        throw DomainErrors.BadUserInput($"'{cursor}' is not a cursor of this connection.");
    }
}
