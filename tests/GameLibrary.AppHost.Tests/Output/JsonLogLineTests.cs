using GameLibrary.AppHost.Output;

namespace GameLibrary.AppHost.Tests.Output;

public sealed class JsonLogLineTests
{
    [Fact]
    public void A_JSON_console_log_entry_is_rendered_with_a_short_level_and_category()
    {
        string line = """{"Timestamp":"2026-11-23T14:46:27.249Z","EventId":14,"LogLevel":"Information","Category":"Microsoft.Hosting.Lifetime","Message":"Now listening on: http://[::]:4001","State":{},"Scopes":[]}""";

        Assert.Equal("info: Lifetime: Now listening on: http://[::]:4001", JsonLogLine.Render(line));
    }

    [Theory]
    [InlineData("Trace", "trce")]
    [InlineData("Debug", "dbug")]
    [InlineData("Warning", "warn")]
    [InlineData("Error", "fail")]
    [InlineData("Critical", "crit")]
    public void Levels_are_shortened_as_the_simple_console_formatter_does(string level, string expected)
    {
        Assert.Equal($"{expected}: C: m", JsonLogLine.Render($$"""{"LogLevel":"{{level}}","Category":"C","Message":"m"}"""));
    }

    [Fact]
    public void An_exception_follows_the_message_on_its_own_lines()
    {
        string line = """{"LogLevel":"Error","Category":"App","Message":"failed","Exception":"System.Exception: boom\n   at X()"}""";

        Assert.Equal("fail: App: failed\nSystem.Exception: boom\n   at X()", JsonLogLine.Render(line));
    }

    [Theory]
    [InlineData("The catalog already has games; nothing was seeded.")]
    [InlineData("{ not json")]
    [InlineData("""{"status":"Healthy"}""")]
    [InlineData("""{"LogLevel":3,"Message":"m"}""")]
    [InlineData("")]
    public void Other_lines_pass_unchanged(string line)
    {
        Assert.Equal(line, JsonLogLine.Render(line));
    }
}
