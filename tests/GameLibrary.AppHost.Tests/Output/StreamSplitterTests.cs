using GameLibrary.AppHost.Output;

namespace GameLibrary.AppHost.Tests.Output;

public sealed class StreamSplitterTests
{
    private readonly List<string> _events = [];

    [Fact]
    public void Lines_end_with_a_line_feed_or_a_carriage_return_and_line_feed()
    {
        Feed("one\ntwo\r\nthree\n");

        Assert.Equal(["line:one", "line:two", "line:three"], _events);
    }

    [Fact]
    public void A_line_may_arrive_in_pieces_even_between_carriage_return_and_line_feed()
    {
        Feed("hel", "lo\r", "\nwor", "ld\n");

        Assert.Equal(["line:hello", "line:world"], _events);
    }

    [Fact]
    public void A_progress_bar_redrawn_with_carriage_returns_gives_redraws_then_its_finished_line()
    {
        Feed("\r[#   ]  25%", "\r[##  ]  50%\r", "[####] 100%\n", "Seeded 4 games.\n");

        Assert.Equal(["redraw:[#   ]  25%", "redraw:[##  ]  50%", "line:[####] 100%", "line:Seeded 4 games."], _events);
    }

    [Fact]
    public void Completing_turns_unfinished_text_into_a_line()
    {
        StreamSplitter splitter = Create();
        splitter.Append("done\nno newline");
        splitter.Complete();

        Assert.Equal(["line:done", "line:no newline"], _events);
    }

    [Fact]
    public void Completing_after_a_trailing_carriage_return_keeps_the_text_as_a_line()
    {
        StreamSplitter splitter = Create();
        splitter.Append("[####] 100%\r");
        splitter.Complete();

        Assert.Equal(["line:[####] 100%"], _events);
    }

    [Fact]
    public void Empty_lines_are_kept()
    {
        Feed("a\n\nb\n");

        Assert.Equal(["line:a", "line:", "line:b"], _events);
    }

    private void Feed(params string[] chunks)
    {
        StreamSplitter splitter = Create();
        foreach (string chunk in chunks)
        {
            splitter.Append(chunk);
        }
    }

    private StreamSplitter Create() => new(line => _events.Add($"line:{line}"), redraw => _events.Add($"redraw:{redraw}"));
}
