namespace GameLibrary.Federation.Tests.Requests;

/// <summary>The caller's W3C trace context: what is forwarded as it came and what is dropped as invalid.</summary>
public sealed class TraceContextTests
{
    private const string Valid = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    [Theory]
    [InlineData(Valid)]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00")]
    [InlineData("00-00000000000000000000000000000001-0000000000000001-ff")]
    [InlineData("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    [InlineData("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-comes-next")]
    public void A_valid_traceparent_is_kept_as_it_came(string traceparent)
    {
        var context = TraceContext.From(traceparent, "vendor=value");

        Assert.Equal(traceparent, context.Traceparent);
        Assert.Equal("vendor=value", context.Tracestate);
        Assert.False(context.IsEmpty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-011")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e473-600f067aa0ba902b7-01")]
    [InlineData("00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0A")]
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")]
    [InlineData("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    [InlineData("0g-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    [InlineData("00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")]
    [InlineData("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01extra")]
    [InlineData("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01- spaced")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 ")]
    [InlineData(" 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    public void An_invalid_traceparent_is_dropped_and_its_tracestate_with_it(string traceparent)
    {
        var context = TraceContext.From(traceparent, "vendor=value");

        Assert.True(context.IsEmpty);
        Assert.Null(context.Traceparent);
        Assert.Null(context.Tracestate);
    }

    [Fact]
    public void A_later_version_up_to_the_limit_is_kept_and_a_longer_one_dropped()
    {
        var atLimit = "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-" + new string('a', TraceContext.MaxTraceparentLength - 56);

        Assert.Equal(TraceContext.MaxTraceparentLength, atLimit.Length);
        Assert.Equal(atLimit, TraceContext.From(atLimit, null).Traceparent);
        Assert.True(TraceContext.From(atLimit + "a", null).IsEmpty);
    }

    [Fact]
    public void No_traceparent_is_no_trace_context_whatever_the_tracestate()
    {
        var context = TraceContext.From(null, "vendor=value");

        Assert.True(context.IsEmpty);
        Assert.Null(context.Tracestate);
        Assert.Equal(default, context);
    }

    [Fact]
    public void A_tracestate_up_to_the_limit_is_kept_and_a_longer_one_dropped_without_the_traceparent()
    {
        var atLimit = "v=" + new string('x', TraceContext.MaxTracestateLength - 2);

        Assert.Equal(atLimit, TraceContext.From(Valid, atLimit).Tracestate);

        var tooLong = TraceContext.From(Valid, atLimit + "x");
        Assert.Equal(Valid, tooLong.Traceparent);
        Assert.Null(tooLong.Tracestate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v=caf\u00e9")]
    [InlineData("v=a\u0000b")]
    [InlineData("v=a\u007fb")]
    public void An_empty_or_non_ascii_tracestate_is_dropped(string tracestate)
    {
        var context = TraceContext.From(Valid, tracestate);

        Assert.Equal(Valid, context.Traceparent);
        Assert.Null(context.Tracestate);
    }

    [Fact]
    public void A_tracestate_with_spaces_and_several_members_is_kept_as_it_came()
    {
        Assert.Equal("a=1, b=2,\tc=3", TraceContext.From(Valid, "a=1, b=2,\tc=3").Tracestate);
    }
}
