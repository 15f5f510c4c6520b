using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Errors;

namespace GameLibrary.Scoreboard.Tests;

public sealed class BoardCursorTests
{
    [Fact]
    public void A_cursor_round_trips()
    {
        BoardCursor cursor = new(1234, 1_765_000_000_000_000, Guid.NewGuid());

        Assert.Equal(cursor, BoardCursor.Decode(cursor.Encode()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("YjE6MTox")]
    [InlineData("b2Zmc2V0OjE")]
    public void Anything_else_is_bad_input_on_after(string text)
    {
        ScoreboardException refusal = Assert.Throws<ScoreboardException>(() => BoardCursor.Decode(text));

        Assert.Equal(ScoreboardErrorCodes.BadUserInput, refusal.Code);
        Assert.Equal("after", refusal.Field);
    }
}
