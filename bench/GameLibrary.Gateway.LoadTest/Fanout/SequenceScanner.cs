namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// Finds each board's <c>"sequence":N</c> in a subscriber's raw bytes (SSE stream or WebSocket frames), however the
/// reads split it: cheaper than decoding every frame to a string, so the harness's share of the 2 cores stays small.
/// </summary>
internal sealed class SequenceScanner(Action<int> found)
{
    private static ReadOnlySpan<byte> Marker => "\"sequence\":"u8;

    // How much of the marker, then how many digits, the previous read ended in.
    private int _matched;
    private int _value;
    private bool _inNumber;

    public void Scan(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (_inNumber)
            {
                if (b is >= (byte)'0' and <= (byte)'9')
                {
                    _value = (_value * 10) + (b - '0');
                    continue;
                }

                found(_value);
                _inNumber = false;
                _value = 0;
            }

            if (b == Marker[_matched])
            {
                if (++_matched == Marker.Length)
                {
                    _matched = 0;
                    _inNumber = true;
                }
            }
            else
            {
                _matched = b == Marker[0] ? 1 : 0;
            }
        }
    }
}
