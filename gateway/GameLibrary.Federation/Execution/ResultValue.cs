using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// One value of the result store (ADR 0017): JSON null, an object, a list, a string the gateway holds decoded
/// (<c>__typename</c> values, from the shared name table), or a leaf kept as its JSON token — a slice of the UTF-8
/// answer it was read from, never decoded unless something needs its value. A struct of a reference and a range, so
/// a leaf costs no allocation of its own.
/// </summary>
internal readonly struct ResultValue
{
    private static readonly byte[] TrueToken = "true"u8.ToArray();
    private static readonly byte[] FalseToken = "false"u8.ToArray();

    // null: JSON null; ResultObject; ResultList; string (decoded); byte[] (the answer holding this leaf's token).
    private readonly object? _value;
    private readonly int _start;
    private readonly int _length;

    private ResultValue(object? value, int start, int length)
    {
        _value = value;
        _start = start;
        _length = length;
    }

    /// <summary>An object.</summary>
    public ResultValue(ResultObject value) => _value = value;

    /// <summary>A list.</summary>
    public ResultValue(ResultList value) => _value = value;

    /// <summary>A decoded string.</summary>
    public ResultValue(string value) => _value = value;

    /// <summary>JSON null (also what a missing property reads as).</summary>
    public static ResultValue Null => default;

    /// <summary>The boolean leaf.</summary>
    public static ResultValue Boolean(bool value) => value ? new(TrueToken, 0, 4) : new(FalseToken, 0, 5);

    /// <summary>
    /// A string, number, <c>true</c> or <c>false</c> token of a UTF-8 JSON text that is not changed while the value is
    /// used (a string's token includes its quotes).
    /// </summary>
    public static ResultValue Token(byte[] json, int start, int length) => new(json, start, length);

    /// <summary>Whether this is JSON null.</summary>
    public bool IsNull => _value is null;

    /// <summary>The object, or null when this is not one.</summary>
    public ResultObject? Object => _value as ResultObject;

    /// <summary>The list, or null when this is not one.</summary>
    public ResultList? List => _value as ResultList;

    /// <summary>The object or list itself (what identifies a position in the store), or null for leaves.</summary>
    public object? Container => _value is ResultObject or ResultList ? _value : null;

    /// <summary>The kind of JSON value.</summary>
    public JsonValueKind Kind => _value switch
    {
        null => JsonValueKind.Null,
        ResultObject => JsonValueKind.Object,
        ResultList => JsonValueKind.Array,
        string => JsonValueKind.String,
        _ => TokenKind(RawToken),
    };

    /// <summary>The JSON token of a leaf read from an answer (a string's with its quotes); empty for other values.</summary>
    private ReadOnlySpan<byte> RawToken => _value is byte[] json ? json.AsSpan(_start, _length) : default;

    /// <summary>A string's value (decoded on demand), or false when this is not a string.</summary>
    public bool TryGetString(out string value)
    {
        switch (_value)
        {
            case string text:
                value = text;
                return true;
            case byte[] when Kind == JsonValueKind.String:
                var reader = new Utf8JsonReader(RawToken);
                reader.Read();
                value = reader.GetString()!;
                return true;
            default:
                value = string.Empty;
                return false;
        }
    }

    /// <summary>A number's value as an <see cref="int"/> when its text is one (as <see cref="Utf8JsonReader.TryGetInt32"/> reads it).</summary>
    public bool TryGetInt32(out int value)
    {
        value = 0;
        var token = RawToken;
        return Kind == JsonValueKind.Number && Utf8Parser.TryParse(token, out value, out var consumed) && consumed == token.Length;
    }

    /// <summary>A number's value as a <see cref="double"/> (infinite when out of range).</summary>
    public bool TryGetDouble(out double value)
    {
        value = 0;
        return Kind == JsonValueKind.Number && double.TryParse(RawToken, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Writes the value as the node tree it replaces wrote it: leaves as their token when the writer would write the
    /// same bytes (numbers and booleans always; strings when the writer's encoder escapes none of their characters, a
    /// backslash included), other strings decoded and written again with the writer's escaping.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (_value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultObject obj:
                writer.WriteStartObject();
                for (int i = 0, count = obj.Count; i < count; i++)
                {
                    ref readonly var property = ref obj.GetAt(i);
                    writer.WritePropertyName(property.Key);
                    property.Value.WriteTo(writer);
                }

                writer.WriteEndObject();
                break;
            case ResultList list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    list[i].WriteTo(writer);
                }

                writer.WriteEndArray();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            default:
                WriteToken(writer);
                break;
        }
    }

    /// <summary>The value as compact JSON, escaped as <see cref="JsonNode.ToJsonString"/> escapes.</summary>
    public string ToJsonString()
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The value as a node tree (for the rare paths that still use one: errors, nested representations).</summary>
    public JsonNode? ToJsonNode() => IsNull ? null : JsonNode.Parse(ToJsonString());

    /// <summary>A copy whose objects and lists are new (leaves and strings are shared: nothing modifies them).</summary>
    public ResultValue DeepClone() => _value switch
    {
        ResultObject obj => new ResultValue(obj.DeepClone()),
        ResultList list => new ResultValue(list.DeepClone()),
        _ => this,
    };

    private void WriteToken(Utf8JsonWriter writer)
    {
        var token = RawToken;
        if (token[0] == (byte)'"')
        {
            // The writer's encoder decides what a string looks like: `\u00e9`, `é` and `\u00E9` are one string, but
            // only the writer's own form keeps the response's bytes. A backslash is escaped by every encoder, so a
            // string with none of its characters to escape is already in that form.
            var encoder = writer.Options.Encoder ?? JavaScriptEncoder.Default;
            if (encoder.FindFirstCharacterToEncodeUtf8(token[1..^1]) >= 0)
            {
                _ = TryGetString(out var text);
                writer.WriteStringValue(text);
                return;
            }
        }

        writer.WriteRawValue(token, skipInputValidation: true);
    }

    private static JsonValueKind TokenKind(ReadOnlySpan<byte> token) => token[0] switch
    {
        (byte)'"' => JsonValueKind.String,
        (byte)'t' => JsonValueKind.True,
        (byte)'f' => JsonValueKind.False,
        _ => JsonValueKind.Number,
    };
}
