using System.Buffers.Text;
using System.Text;

using GameLibrary.Catalog.Errors;
using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;

namespace GameLibrary.Catalog.Tests;

public sealed class GameCursorTests
{
    private static readonly Game Witcher = new()
    {
        Id = 42,
        Title = "The Witcher 3: Wild | Hunt",
        ReleaseDate = new DateOnly(2015, 5, 19),
        CreatedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(70),
    };

    [Theory]
    [InlineData(GameOrderField.Title, SortDirection.Ascending)]
    [InlineData(GameOrderField.ReleaseDate, SortDirection.Descending)]
    [InlineData(GameOrderField.CreatedAt, SortDirection.Ascending)]
    public void A_cursor_decodes_to_the_position_it_was_encoded_from(GameOrderField field, SortDirection direction)
    {
        GameOrder order = new(field, direction);
        GameCursor cursor = GameCursor.Decode(GameCursor.Encode(Witcher, order), order);

        Assert.Equal(42, cursor.Id);
        Assert.Equal(order, cursor.Order);
        switch (field)
        {
            case GameOrderField.Title:
                Assert.Equal(Witcher.Title, cursor.Title);
                break;
            case GameOrderField.ReleaseDate:
                Assert.Equal(Witcher.ReleaseDate, cursor.ReleaseDate);
                break;
            default:
                Assert.Equal(Witcher.CreatedAt, cursor.CreatedAt);
                Assert.Equal(DateTimeKind.Utc, cursor.CreatedAt.Kind);
                break;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("v2|t|a|42|x")]
    [InlineData("v1|t|a|-1|x")]
    [InlineData("v1|t|a|99999999999999999999|x")]
    [InlineData("v1|t|a|42")]
    public void A_malformed_cursor_is_invalid_input_on_after(string text)
    {
        string cursor = text.StartsWith("v", StringComparison.Ordinal) ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text)) : text;
        CatalogException error = Assert.Throws<CatalogException>(() => GameCursor.Decode(cursor, GameOrder.Default));
        Assert.Equal(CatalogErrorKind.InvalidInput, error.Kind);
        Assert.Equal("after", Assert.Single(error.Errors).Field);
    }

    [Theory]
    [InlineData("v1|r|a|42|2015-13-45")]
    [InlineData("v1|c|a|42|not-ticks")]
    [InlineData("v1|c|a|42|3155378976000000000")]
    public void A_key_that_does_not_parse_for_its_order_is_invalid_input(string text)
    {
        GameOrder order = new(text[3] == 'r' ? GameOrderField.ReleaseDate : GameOrderField.CreatedAt, SortDirection.Ascending);
        string cursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
        Assert.Equal(CatalogErrorKind.InvalidInput, Assert.Throws<CatalogException>(() => GameCursor.Decode(cursor, order)).Kind);
    }

    [Fact]
    public void A_cursor_of_another_order_or_direction_is_refused()
    {
        string cursor = GameCursor.Encode(Witcher, GameOrder.Default);
        Assert.Throws<CatalogException>(() => GameCursor.Decode(cursor, new GameOrder(GameOrderField.Title, SortDirection.Descending)));
        Assert.Throws<CatalogException>(() => GameCursor.Decode(cursor, new GameOrder(GameOrderField.CreatedAt, SortDirection.Ascending)));
    }

    [Fact]
    public void An_overlong_cursor_is_refused_without_decoding()
    {
        Assert.Throws<CatalogException>(() => GameCursor.Decode(new string('A', GameCursor.MaxLength + 4), GameOrder.Default));
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        string cursor = Base64Url.EncodeToString([0xff, 0xfe, 0xfd]);
        Assert.Throws<CatalogException>(() => GameCursor.Decode(cursor, GameOrder.Default));
    }
}
