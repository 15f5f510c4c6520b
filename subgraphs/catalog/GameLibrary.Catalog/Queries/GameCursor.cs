using System.Buffers.Text;
using System.Globalization;
using System.Text;

using GameLibrary.Catalog.Errors;
using GameLibrary.Catalog.Model;

namespace GameLibrary.Catalog.Queries;

/// <summary>
/// A keyset position in a listing: the sort key and id of the last game seen. Its text form is opaque base64url of
/// <c>v1|field|direction|id|key</c>; decoding checks every part, so a forged cursor is either a valid position in the
/// same listing or a <see cref="CatalogErrorKind.InvalidInput"/> error, never a failure or other data.
/// </summary>
public sealed record GameCursor
{
    /// <summary>The longest cursor text accepted; real ones are far shorter.</summary>
    public const int MaxLength = 1024;

    private const string Version = "v1";
    private const string DateFormat = "yyyy-MM-dd";

    private GameCursor(GameOrder order, long id, string? title, DateOnly releaseDate, DateTime createdAt)
    {
        Order = order;
        Id = id;
        Title = title;
        ReleaseDate = releaseDate;
        CreatedAt = createdAt;
    }

    /// <summary>The order the cursor was issued for.</summary>
    public GameOrder Order { get; }

    /// <summary>The id of the last game seen.</summary>
    public long Id { get; }

    /// <summary>Its title, when ordered by title.</summary>
    public string? Title { get; }

    /// <summary>Its release date, when ordered by release date.</summary>
    public DateOnly ReleaseDate { get; }

    /// <summary>Its creation time (UTC), when ordered by creation time.</summary>
    public DateTime CreatedAt { get; }

    /// <summary>The cursor of <paramref name="game"/> in a listing sorted by <paramref name="order"/>.</summary>
    /// <param name="game">The game.</param>
    /// <param name="order">The listing's order.</param>
    public static string Encode(Game game, GameOrder order)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(order);
        string key = order.Field switch
        {
            GameOrderField.Title => game.Title,
            GameOrderField.ReleaseDate => game.ReleaseDate.ToString(DateFormat, CultureInfo.InvariantCulture),
            _ => game.CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture),
        };
        string text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Version}|{FieldCode(order.Field)}|{DirectionCode(order.Direction)}|{game.Id}|{key}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Reads a cursor issued for <paramref name="order"/>.</summary>
    /// <param name="cursor">The cursor text.</param>
    /// <param name="order">The order of the listing it is used with.</param>
    /// <param name="field">The input field that carried it, named in errors.</param>
    /// <exception cref="CatalogException">The cursor is malformed or belongs to another order.</exception>
    public static GameCursor Decode(string cursor, GameOrder order, string field = "after")
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(order);
        string[] parts = cursor.Length <= MaxLength && TryDecodeText(cursor) is { } text ? text.Split('|', 5) : [];
        if (parts.Length != 5
            || parts[0] != Version
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out long id)
            || id <= 0)
        {
            throw Invalid(field, "The cursor is malformed; use a cursor from a previous page of this listing.");
        }

        if (parts[1] != FieldCode(order.Field) || parts[2] != DirectionCode(order.Direction))
        {
            throw Invalid(field, "The cursor belongs to a listing with a different order.");
        }

        string key = parts[4];
        switch (order.Field)
        {
            case GameOrderField.Title when key.Length <= CatalogDbContext.TitleMaxLength:
                return new GameCursor(order, id, key, default, default);
            case GameOrderField.ReleaseDate when DateOnly.TryParseExact(key, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date):
                return new GameCursor(order, id, null, date, default);
            case GameOrderField.CreatedAt
                when long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long ticks) && ticks <= DateTime.MaxValue.Ticks:
                return new GameCursor(order, id, null, default, new DateTime(ticks, DateTimeKind.Utc));
            default:
                throw Invalid(field, "The cursor is malformed; use a cursor from a previous page of this listing.");
        }
    }

    private static string? TryDecodeText(string cursor)
    {
        if (!Base64Url.IsValid(cursor))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // Invalid UTF-8 (DecoderFallbackException is an ArgumentException).
            return null;
        }
    }

    private static CatalogException Invalid(string field, string message) => new(CatalogErrorKind.InvalidInput, field, message);

    private static string FieldCode(GameOrderField field) => field switch
    {
        GameOrderField.Title => "t",
        GameOrderField.ReleaseDate => "r",
        _ => "c",
    };

    private static string DirectionCode(SortDirection direction) => direction == SortDirection.Ascending ? "a" : "d";
}
