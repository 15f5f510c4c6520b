using System.Globalization;
using System.Text;

namespace GameLibrary.Subgraph.Toolkit.Paging;

/// <summary>Relay cursors over offsets, opaque to clients: base64 of <c>offset:N</c>.</summary>
public static class OffsetCursor
{
    private const string Prefix = "offset:";

    /// <summary>The cursor of the item at <paramref name="offset"/>.</summary>
    /// <param name="offset">The item's position in the whole list, from 0.</param>
    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{offset}")));

    /// <summary>Reads a cursor this API handed out; false for anything else (the caller reports it as bad input).</summary>
    /// <param name="cursor">The client's cursor.</param>
    /// <param name="offset">The item's position.</param>
    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            string text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset)
                && offset < int.MaxValue;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The page information of <paramref name="count"/> items from <paramref name="offset"/>.</summary>
    /// <param name="offset">The first item's position.</param>
    /// <param name="count">How many items the page holds.</param>
    /// <param name="hasNextPage">Whether items follow the page.</param>
    public static PageInfo Info(int offset, int count, bool hasNextPage) => new(
        hasNextPage,
        offset > 0,
        count > 0 ? Encode(offset) : null,
        count > 0 ? Encode(offset + count - 1) : null);
}
