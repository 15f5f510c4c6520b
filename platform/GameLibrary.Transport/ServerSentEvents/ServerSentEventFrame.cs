using System.Buffers;

namespace GameLibrary.Transport.ServerSentEvents;

/// <summary>The bytes of GraphQL-over-SSE events (graphql-sse, distinct-connections mode).</summary>
internal static class ServerSentEventFrame
{
    public static ReadOnlySpan<byte> Complete => "event: complete\ndata:\n\n"u8;

    /// <summary>A comment line, which keeps proxies from timing the connection out.</summary>
    public static ReadOnlySpan<byte> KeepAlive => ":\n\n"u8;

    /// <summary><c>event: next</c> with the JSON as data.</summary>
    public static byte[] Next(ReadOnlySpan<byte> json)
    {
        ArrayBufferWriter<byte> frame = new(json.Length + 32);
        WriteNext(frame, json);
        return frame.WrittenSpan.ToArray();
    }

    /// <summary>Writes <c>event: next</c> with the JSON as data.</summary>
    public static void WriteNext(IBufferWriter<byte> output, ReadOnlySpan<byte> json)
    {
        output.Write("event: next\n"u8);
        WriteDataLines(output, json);
        output.Write("\n"u8);
    }

    /// <summary>One <c>data:</c> line per line of the JSON: a raw line break would end the event early.</summary>
    private static void WriteDataLines(IBufferWriter<byte> output, ReadOnlySpan<byte> json)
    {
        while (true)
        {
            int lineBreak = json.IndexOfAny((byte)'\r', (byte)'\n');
            output.Write("data: "u8);
            output.Write(lineBreak < 0 ? json : json[..lineBreak]);
            output.Write("\n"u8);
            if (lineBreak < 0)
            {
                return;
            }

            bool crlf = json[lineBreak] == '\r' && lineBreak + 1 < json.Length && json[lineBreak + 1] == '\n';
            json = json[(lineBreak + (crlf ? 2 : 1))..];
        }
    }
}
