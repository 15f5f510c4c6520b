namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// Finds each board's <c>"sequence":N</c> in a subscriber's raw bytes (SSE stream or WebSocket frames), however the
/// reads split it: cheaper than decoding every frame to a string, so the harness's share of the 2 cores stays small.
/// The marker and the digits are found with vectorised span searches; only a marker split by the end of a read is
/// carried (at most its first <c>Marker.Length - 1</c> bytes) and joined with the start of the next read. Each number
/// is reported with the receive time of the read it ended in.
/// </summary>
internal sealed class SequenceScanner(Action<int, long> found)
{
    private static ReadOnlySpan<byte> Marker => "\"sequence\":"u8;

    // The previous read's last Marker.Length - 1 bytes from their first quote on (where a marker may have begun).
    private readonly byte[] _carry = new byte[Marker.Length - 1];
    private int _carried;

    // Digits of a number the previous read ended in.
    private int _value;
    private bool _inNumber;

    /// <summary>Scans one read; <paramref name="receivedAt"/> is passed on with each number found (the kernel's receive time, 0 if unknown).</summary>
    public void Scan(ReadOnlySpan<byte> bytes, long receivedAt)
    {
        if (_carried > 0 && !Join(ref bytes))
        {
            return;
        }

        while (true)
        {
            if (_inNumber)
            {
                int end = bytes.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
                foreach (byte digit in end < 0 ? bytes : bytes[..end])
                {
                    _value = (_value * 10) + (digit - '0');
                }

                if (end < 0)
                {
                    return;
                }

                found(_value, receivedAt);
                _inNumber = false;
                _value = 0;
                bytes = bytes[end..];
            }

            int at = bytes.IndexOf(Marker);
            if (at < 0)
            {
                Carry(bytes);
                return;
            }

            bytes = bytes[(at + Marker.Length)..];
            _inNumber = true;
        }
    }

    /// <summary>
    /// Looks for a marker that starts in the carried bytes and ends in this read; moves <paramref name="bytes"/> past
    /// it if there is one. False when the whole read was taken into the carry (it was too short to end the question).
    /// </summary>
    private bool Join(ref ReadOnlySpan<byte> bytes)
    {
        // A marker that starts in the carry (fewer bytes than the marker) ends within the read's first Marker.Length - 1.
        Span<byte> joined = stackalloc byte[(2 * Marker.Length) - 2];
        int carried = _carried;
        int taken = Math.Min(bytes.Length, Marker.Length - 1);
        _carry.AsSpan(0, carried).CopyTo(joined);
        bytes[..taken].CopyTo(joined[carried..]);
        joined = joined[..(carried + taken)];
        _carried = 0;

        int at = joined.IndexOf(Marker);
        if (at >= 0)
        {
            bytes = bytes[(at + Marker.Length - carried)..];
            _inNumber = true;
            return true;
        }

        if (taken == bytes.Length)
        {
            Carry(joined);
            return false;
        }

        return true;
    }

    /// <summary>Keeps the end of a read that may be the start of a marker the next read finishes.</summary>
    private void Carry(ReadOnlySpan<byte> tail)
    {
        if (tail.Length > _carry.Length)
        {
            tail = tail[^_carry.Length..];
        }

        // The marker begins with a quote: bytes before the tail's first quote cannot start one.
        int quote = tail.IndexOf((byte)'"');
        _carried = quote < 0 ? 0 : tail.Length - quote;
        if (quote >= 0)
        {
            tail[quote..].CopyTo(_carry);
        }
    }
}
