using System.Text;
using System.Text.Json;

namespace GameLibrary.Federation;

/// <summary>One response of the gateway; it writes itself so hosts can stream it straight to the wire.</summary>
public sealed class GatewayResult
{
    private readonly Action<Utf8JsonWriter> _write;

    internal GatewayResult(GatewayResultKind kind, Action<Utf8JsonWriter> write)
    {
        Kind = kind;
        _write = write;
    }

    /// <summary>How the result came about.</summary>
    public GatewayResultKind Kind { get; }

    /// <summary>Writes the response object (<c>{"errors":…,"data":…,"extensions":…}</c>).</summary>
    public void WriteTo(Utf8JsonWriter writer) => _write(writer);

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
