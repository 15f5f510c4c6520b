using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Reads a subgraph's JSON answer into a node tree in one pass. <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/>
/// builds a <see cref="JsonDocument"/> and turns each object into nodes when it is first touched, allocating every
/// property name again per object and keeping each leaf as a view that allocates a string whenever it is read.
/// Here property names (and <c>__typename</c> values) come from a shared table, strings are read once, and a
/// number becomes an <see cref="int"/> or <see cref="double"/> value only when that writes back the exact same
/// text (any other number keeps its JSON text as a <see cref="JsonElement"/>), so what the gateway writes is
/// unchanged.
/// </summary>
internal static class SubgraphJsonReader
{
    /// <summary>Most names a process keeps (subgraph answers use the supergraph's names and the clients' aliases).</summary>
    private const int MaxNames = 8192;

    private const int MaxStackName = 128;

    /// <summary>UTF-8 that refuses invalid bytes, as reading a string from the framework's reader does.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads the whole stream and parses it; throws <see cref="JsonException"/> when it is not one JSON value.</summary>
    public static async Task<JsonNode?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses one JSON value (a UTF-8 byte order mark is skipped, as the framework's parsers do).</summary>
    public static JsonNode? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return ParseValue(json);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Invalid UTF-8 in a string or a name.
            throw new JsonException(e.Message, e);
        }
    }

    private static JsonNode? ParseValue(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        var reader = new Utf8JsonReader(json);
        if (!reader.Read())
        {
            throw new JsonException("The input does not contain any JSON value.");
        }

        var children = ParsedChildren.ForThread();
        JsonNode? value;
        try
        {
            value = ReadValue(ref reader, children, internString: false);
        }
        catch
        {
            children.Clear();
            throw;
        }

        if (reader.Read())
        {
            throw new JsonException("The input has more than one JSON value.");
        }

        return value;
    }

    private static JsonNode? ReadValue(ref Utf8JsonReader reader, ParsedChildren children, bool internString)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var firstProperty = children.PropertyCount;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = Name(ref reader);
                    reader.Read();
                    children.AddProperty(name, ReadValue(ref reader, children, internString: name == "__typename"));
                }

                try
                {
                    return children.TakeObject(firstProperty);
                }
                catch (ArgumentException e)
                {
                    throw new JsonException($"A property appears twice in one object ({e.Message}).", e);
                }

            case JsonTokenType.StartArray:
                var firstItem = children.ItemCount;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    children.AddItem(ReadValue(ref reader, children, internString: false));
                }

                return children.TakeArray(firstItem);
            case JsonTokenType.String:
                return JsonValue.Create(internString ? Name(ref reader) : reader.GetString()!);
            case JsonTokenType.Number:
                return Number(ref reader);
            case JsonTokenType.True:
                return JsonValue.Create(true);
            case JsonTokenType.False:
                return JsonValue.Create(false);
            default:
                return null;
        }
    }

    /// <summary>An int or double when it writes back as the same text; otherwise the number as it was sent.</summary>
    private static JsonNode Number(ref Utf8JsonReader reader)
    {
        var text = reader.ValueSpan;
        if (text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            // JSON's grammar has no leading zeros or plus sign, so an integer's text is canonical except for "-0".
            if (reader.TryGetInt32(out var integer) && !(integer == 0 && text[0] == (byte)'-'))
            {
                return JsonValue.Create(integer);
            }
        }
        else if (reader.TryGetDouble(out var real) && double.IsFinite(real) && WritesAs(real, text))
        {
            return JsonValue.Create(real);
        }

        return JsonValue.Create(JsonElement.ParseValue(ref reader))!;
    }

    private static bool WritesAs(double value, ReadOnlySpan<byte> text)
    {
        Span<byte> formatted = stackalloc byte[32];
        return value.TryFormat(formatted, out var written, default, CultureInfo.InvariantCulture) && formatted[..written].SequenceEqual(text);
    }

    /// <summary>A property name (or <c>__typename</c> value) from the shared table, added on first sight while it has room.</summary>
    private static string Name(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.ValueSpan.Length > MaxStackName)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxStackName];
        var count = StrictUtf8.GetChars(reader.ValueSpan, chars);
        var span = chars[..count];
        if (NamesBySpan.TryGetValue(span, out var name))
        {
            return name;
        }

        name = new string(span);
        return Names.Count < MaxNames ? Names.GetOrAdd(name, name) : name;
    }
}
