using GameLibrary.AppHost.Output;

namespace GameLibrary.AppHost.Tests.Output;

public sealed class OutputPrefixerTests
{
    private readonly StringWriter _writer = new() { NewLine = "\n" };

    [Fact]
    public void Lines_are_prefixed_with_the_source_padded_to_the_longest_name()
    {
        OutputPrefixer output = new(_writer, terminal: false, ["apphost", "users"]);

        output.Line("users", "ready");
        output.Line("apphost", "starting");

        Assert.Equal("users   | ready\napphost | starting\n", _writer.ToString());
    }

    [Fact]
    public void Each_line_of_a_multi_line_text_gets_the_prefix()
    {
        OutputPrefixer output = new(_writer, terminal: false, ["catalog"]);

        output.Line("catalog", "fail: boom\n   at Somewhere()");

        Assert.Equal("catalog | fail: boom\ncatalog |    at Somewhere()\n", _writer.ToString());
    }

    [Fact]
    public void Off_a_terminal_there_are_no_colors_and_redraws_are_dropped()
    {
        OutputPrefixer output = new(_writer, terminal: false, ["seed"]);

        output.Redraw("seed", "[##  ]  50%");
        output.Line("seed", "[####] 100%");

        Assert.Equal("seed | [####] 100%\n", _writer.ToString());
    }

    [Fact]
    public void On_a_terminal_prefixes_are_colored_and_redraws_rewrite_their_line()
    {
        OutputPrefixer output = new(_writer, terminal: true, ["seed", "users"]);

        output.Redraw("seed", "[##  ]  50%");
        output.Redraw("seed", "[### ]  75%");
        output.Line("seed", "[####] 100%");

        string seed = "\e[36mseed  |\e[0m ";
        Assert.Equal(
            $"\r{seed}[##  ]  50%\e[K\r{seed}[### ]  75%\e[K\r{seed}[####] 100%\e[K\n",
            _writer.ToString());
    }

    [Fact]
    public void Another_source_writing_during_a_redraw_starts_on_a_new_line()
    {
        OutputPrefixer output = new(_writer, terminal: true, ["seed", "users"]);

        output.Redraw("seed", "[##  ]  50%");
        output.Line("users", "ready");

        Assert.EndsWith("[##  ]  50%\e[K\n\e[35musers |\e[0m ready\e[K\n", _writer.ToString());
    }

    [Fact]
    public void Blocks_are_written_without_prefixes()
    {
        OutputPrefixer output = new(_writer, terminal: false, ["apphost"]);

        output.Block("GameLibrary is up.\r\n  Gateway http://localhost:4000/graphql");

        Assert.Equal("GameLibrary is up.\n  Gateway http://localhost:4000/graphql\n", _writer.ToString());
    }

    [Fact]
    public async Task Lines_written_concurrently_are_never_interleaved()
    {
        OutputPrefixer output = new(_writer, terminal: false, ["catalog", "users"]);

        await Task.WhenAll(((string[])["catalog", "users"]).Select(source => Task.Run(() =>
        {
            for (int i = 0; i < 500; i++)
            {
                output.Line(source, $"line {i} of {source}");
            }
        })));

        string[] lines = _writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(1000, lines.Length);
        Assert.All(lines, line => Assert.Matches(@"^(catalog \| line \d+ of catalog|users   \| line \d+ of users)$", line));
    }
}
