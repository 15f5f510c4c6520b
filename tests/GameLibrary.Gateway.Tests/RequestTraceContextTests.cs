using GameLibrary.Federation;
using GameLibrary.Gateway.Execution;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GameLibrary.Gateway.Tests;

/// <summary>How the host reads the caller's trace context from its request headers.</summary>
public sealed class RequestTraceContextTests
{
    private const string Traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    [Fact]
    public void Several_tracestate_header_lines_are_one_list_joined_with_commas()
    {
        HeaderDictionary headers = new()
        {
            ["traceparent"] = Traceparent,
            ["tracestate"] = new StringValues(["a=1", "b=2"]),
        };

        TraceContext context = RequestHeaders.TraceContextOf(headers);

        Assert.Equal(Traceparent, context.Traceparent);
        Assert.Equal("a=1,b=2", context.Tracestate);
    }

    [Fact]
    public void Several_traceparent_headers_are_no_trace_context()
    {
        HeaderDictionary headers = new()
        {
            ["traceparent"] = new StringValues([Traceparent, Traceparent]),
            ["tracestate"] = "a=1",
        };

        Assert.True(RequestHeaders.TraceContextOf(headers).IsEmpty);
    }

    [Fact]
    public void A_request_without_a_traceparent_costs_no_allocation()
    {
        HeaderDictionary headers = new() { ["Authorization"] = "Bearer t", ["tracestate"] = "a=1" };
        HeaderDictionary traced = new() { ["traceparent"] = Traceparent, ["tracestate"] = "a=1" };
        RequestHeaders.TraceContextOf(headers);
        RequestHeaders.TraceContextOf(traced);

        long before = GC.GetAllocatedBytesForCurrentThread();
        TraceContext none = RequestHeaders.TraceContextOf(headers);
        TraceContext valid = RequestHeaders.TraceContextOf(traced);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A valid one costs nothing either: it keeps the request's own strings.
        Assert.True(none.IsEmpty);
        Assert.Same(traced["traceparent"].ToString(), valid.Traceparent);
        Assert.Equal(0, allocated);
    }
}
