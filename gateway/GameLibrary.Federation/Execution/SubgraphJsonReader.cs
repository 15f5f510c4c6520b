using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Reads a subgraph's JSON answer into the result store (ADR 0017) in one pass: objects and lists sized to their
/// children, property names (and <c>__typename</c> values) from a shared table, every other leaf kept as its token in
/// the answer's bytes — no string, number or node per leaf. Refuses what the framework's parser refuses (invalid
/// UTF-8 in a string or name included) and an object repeating a name.
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

    /// <summary>
    /// Reads the whole stream and parses it; throws <see cref="JsonException"/> when it is not one JSON value. The
    /// answer is read into a pooled buffer and kept in an array of its size, which its leaves point into.
    /// </summary>
    public static async Task<ResultValue> ReadAsync(Stream stream, CancellationToken cancellationToken)
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

            return Parse(buffer.AsSpan(0, length).ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Parses one JSON value (a UTF-8 byte order mark is skipped, as the framework's parsers do). The leaves point
    /// into <paramref name="json"/>, which must not change while the value is used.
    /// </summary>
    public static ResultValue Parse(byte[] json)
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

    /// <summary>A node tree (a subscription event, an introspection answer) as a value of the store.</summary>
    public static ResultValue FromNode(JsonNode? node) => node is null ? ResultValue.Null : Parse(JsonSerializer.SerializeToUtf8Bytes(node));

    private static ResultValue ParseValue(byte[] json)
    {
        var offset = json.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(json.AsSpan(offset));
        if (!reader.Read())
        {
            throw new JsonException("The input does not contain any JSON value.");
        }

        var children = ParsedChildren.ForThread();
        ResultValue value;
        try
        {
            value = ReadValue(ref reader, children, json, offset, internString: false);
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

    private static ResultValue ReadValue(ref Utf8JsonReader reader, ParsedChildren children, byte[] json, int offset, bool internString)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var firstProperty = children.PropertyCount;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = Name(ref reader);
                    reader.Read();
                    children.AddProperty(name, ReadValue(ref reader, children, json, offset, internString: name == "__typename"));
                }

                return children.TakeObject(firstProperty) is { } obj
                    ? new ResultValue(obj)
                    : throw new JsonException("A property appears twice in one object.");
            case JsonTokenType.StartArray:
                var firstItem = children.ItemCount;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    children.AddItem(ReadValue(ref reader, children, json, offset, internString: false));
                }

                return new ResultValue(children.TakeList(firstItem));
            case JsonTokenType.String:
                if (internString)
                {
                    return new ResultValue(Name(ref reader));
                }

                // The framework's reader checks a string's UTF-8 only when it is read; a token kept as it is must be checked here.
                if (reader.ValueIsEscaped)
                {
                    _ = reader.GetString();
                }
                else if (!Utf8.IsValid(reader.ValueSpan))
                {
                    throw new JsonException("A string is not valid UTF-8.");
                }

                // The token with its quotes: the reader parses one contiguous span, so ValueSpan is the text between them.
                return ResultValue.Token(json, offset + (int)reader.TokenStartIndex, reader.ValueSpan.Length + 2);
            case JsonTokenType.Number:
                return ResultValue.Token(json, offset + (int)reader.TokenStartIndex, reader.ValueSpan.Length);
            case JsonTokenType.True:
                return ResultValue.Boolean(true);
            case JsonTokenType.False:
                return ResultValue.Boolean(false);
            default:
                return ResultValue.Null;
        }
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
