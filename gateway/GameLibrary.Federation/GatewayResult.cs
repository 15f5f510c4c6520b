using System.Text;
using System.Text.Json;

namespace GameLibrary.Federation;

/// <summary>One response of the gateway; it writes itself so hosts can stream it straight to the wire.</summary>
public sealed class GatewayResult
{
    private readonly Action<Utf8JsonWriter> _write;
    private object? _shared;

    internal GatewayResult(GatewayResultKind kind, Action<Utf8JsonWriter> write)
    {
        Kind = kind;
        _write = write;
    }

    /// <summary>A result rendered once, to be written to many clients (an event of a shared subscription).</summary>
    internal GatewayResult(GatewayResultKind kind, ReadOnlyMemory<byte> json)
        : this(kind, writer => writer.WriteRawValue(json.Span, skipInputValidation: true))
    {
        RenderedJson = json;
    }

    /// <summary>How the result came about.</summary>
    public GatewayResultKind Kind { get; }

    /// <summary>
    /// The response's JSON when it was rendered once to reach many clients (subscription events): hosts write these
    /// bytes as they are. Null for results that write themselves on demand.
    /// </summary>
    public ReadOnlyMemory<byte>? RenderedJson { get; }

    /// <summary>Writes the response object (<c>{"errors":…,"data":…,"extensions":…}</c>).</summary>
    public void WriteTo(Utf8JsonWriter writer) => _write(writer);

    /// <summary>
    /// What <paramref name="create"/> makes of this result, made once however many subscribers the result reaches
    /// (and kept with it): a host's own form of the result, such as one whose wire frames are built once per event
    /// rather than per client. A host uses one type here; a second one is made on every call, not kept.
    /// </summary>
    public T Shared<T>(Func<GatewayResult, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        if (Volatile.Read(ref _shared) is T kept)
        {
            return kept;
        }

        T made = create(this);
        return Interlocked.CompareExchange(ref _shared, made, null) switch
        {
            null => made,
            T earlier => earlier,
            _ => made,
        };
    }

    /// <summary>The response as a JSON string (tests, the CLI).</summary>
    public string ToJsonString(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
