using System.Text.Unicode;

namespace GameLibrary.Transport.Serialization;

/// <summary>
/// Checks what <see cref="System.Text.Json.JsonDocument"/> lets through but no string can hold: bytes that are not
/// UTF-8 (it checks them only when a string is decoded) and <c>\uD800</c>-style escapes of unpaired surrogates
/// (decoding one throws). Both would fail later, deep in the parser or the engine, as a server error; RFC 8259 §8.2
/// leaves their meaning undefined, so the transport refuses them up front as malformed JSON.
/// </summary>
internal static class JsonTextValidator
{
    /// <summary>Whether <paramref name="json"/> is UTF-8 with no escape of an unpaired surrogate.</summary>
    public static bool IsValid(ReadOnlySpan<byte> json) => Utf8.IsValid(json) && !HasUnpairedSurrogateEscape(json);

    /// <summary>
    /// Looks at every <c>\u</c> escape: a high surrogate must be followed at once by an escaped low one, and a low one
    /// must not stand alone. In JSON every backslash outside a string is already a syntax error, so no string
    /// boundaries need tracking.
    /// </summary>
    private static bool HasUnpairedSurrogateEscape(ReadOnlySpan<byte> json)
    {
        int position = 0;
        while (true)
        {
            int backslash = json[position..].IndexOf((byte)'\\');
            if (backslash < 0)
            {
                return false;
            }

            position += backslash;
            if (!TryReadEscapedUnit(json, position, out int unit))
            {
                // Another escape (\\, \", \n…): skip both characters, so an escaped backslash never starts an escape.
                position += 2;
                continue;
            }

            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return true;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (!TryReadEscapedUnit(json, position + 6, out int low) || low is < 0xDC00 or > 0xDFFF)
                {
                    return true;
                }

                position += 12;
                continue;
            }

            position += 6;
        }
    }

    /// <summary>Reads the UTF-16 unit of a <c>\uXXXX</c> escape at <paramref name="position"/>.</summary>
    private static bool TryReadEscapedUnit(ReadOnlySpan<byte> json, int position, out int unit)
    {
        unit = 0;
        if (position + 6 > json.Length || json[position] != (byte)'\\' || json[position + 1] != (byte)'u')
        {
            return false;
        }

        foreach (byte digit in json.Slice(position + 2, 4))
        {
            int value = digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
                _ => -1,
            };
            if (value < 0)
            {
                return false;
            }

            unit = (unit << 4) | value;
        }

        return true;
    }
}
