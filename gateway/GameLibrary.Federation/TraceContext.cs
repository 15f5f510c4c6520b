namespace GameLibrary.Federation;

/// <summary>
/// The caller's W3C trace context (<c>traceparent</c> and <c>tracestate</c>, https://www.w3.org/TR/trace-context/),
/// forwarded unchanged to the subgraph requests of an operation when the gateway records no trace of its own (no
/// <see cref="System.Diagnostics.Activity.Current"/> when a request is sent): the gateway is then a transparent hop
/// and the subgraph's span is a child of the caller's. With an Activity the HTTP client's instrumentation sends the
/// gateway's own span instead. It is carried apart from the propagated headers: it differs per caller, so it never
/// makes otherwise identical subgraph requests or subscriptions distinct. The default value is no trace context.
/// </summary>
public readonly record struct TraceContext
{
    /// <summary>The header naming the caller's trace and span.</summary>
    public const string TraceparentHeader = "traceparent";

    /// <summary>The header carrying vendors' trace state.</summary>
    public const string TracestateHeader = "tracestate";

    /// <summary>
    /// The longest <c>tracestate</c> forwarded; a longer one is dropped whole (the <c>traceparent</c> still goes).
    /// W3C asks to propagate at least 512 characters; twice that keeps every tracestate of a few vendors.
    /// </summary>
    public const int MaxTracestateLength = 1024;

    /// <summary>
    /// The longest <c>traceparent</c> of a version after <c>00</c> (whose format W3C leaves open past the fields of
    /// version <c>00</c>) that is forwarded. Version <c>00</c> is exactly 55 characters.
    /// </summary>
    public const int MaxTraceparentLength = 256;

    private const int Version00Length = 55;

    private TraceContext(string traceparent, string? tracestate)
    {
        Traceparent = traceparent;
        Tracestate = tracestate;
    }

    /// <summary>The caller's <c>traceparent</c>, valid per W3C; null when there is no trace context.</summary>
    public string? Traceparent { get; }

    /// <summary>The caller's <c>tracestate</c>, if any was sent with a valid <c>traceparent</c> and is short enough.</summary>
    public string? Tracestate { get; }

    /// <summary>Whether there is no trace context to forward.</summary>
    public bool IsEmpty => Traceparent is null;

    /// <summary>
    /// The trace context of a caller's headers: none when <paramref name="traceparent"/> is absent or not a valid W3C
    /// traceparent (and then the tracestate goes too: W3C forbids reading it without a valid traceparent); the
    /// tracestate is dropped when it is longer than <see cref="MaxTracestateLength"/> or holds other than visible ASCII,
    /// spaces and tabs. Several <c>tracestate</c> header lines are one value joined with commas, as HTTP combines them.
    /// </summary>
    public static TraceContext From(string? traceparent, string? tracestate)
    {
        if (traceparent is null || !IsValidTraceparent(traceparent))
        {
            return default;
        }

        return new TraceContext(traceparent, IsForwardableTracestate(tracestate) ? tracestate : null);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a W3C traceparent: <c>version-traceid-parentid-flags</c> in lowercase hex
    /// (2, 32, 16 and 2 digits), version not <c>ff</c>, neither id all zeros. Version <c>00</c> has exactly these
    /// fields; a later version may add more after a dash (parsed as W3C asks: the known fields, the rest kept as sent).
    /// </summary>
    public static bool IsValidTraceparent(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < Version00Length || value.Length > MaxTraceparentLength)
        {
            return false;
        }

        var version = value.AsSpan(0, 2);
        if (!IsLowerHex(version) || version is "ff" || value[2] != '-' || value[35] != '-' || value[52] != '-')
        {
            return false;
        }

        if (value.Length > Version00Length && (version is "00" || value[Version00Length] != '-' || !IsVisibleAscii(value.AsSpan(Version00Length))))
        {
            return false;
        }

        var traceId = value.AsSpan(3, 32);
        var parentId = value.AsSpan(36, 16);
        return IsLowerHex(traceId) && IsLowerHex(parentId) && IsLowerHex(value.AsSpan(53, 2))
            && traceId.ContainsAnyExcept('0') && parentId.ContainsAnyExcept('0');
    }

    private static bool IsForwardableTracestate(string? tracestate)
    {
        if (string.IsNullOrEmpty(tracestate) || tracestate.Length > MaxTracestateLength)
        {
            return false;
        }

        foreach (var c in tracestate)
        {
            if (c is not ('\t' or (>= ' ' and <= '~')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerHex(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVisibleAscii(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c is not (> ' ' and <= '~'))
            {
                return false;
            }
        }

        return true;
    }
}
