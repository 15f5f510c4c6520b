using System.Text.Encodings.Web;
using System.Text.Json;

namespace GameLibrary.Transport.Serialization;

/// <summary>The JSON settings of everything the transport writes and reads.</summary>
internal static class TransportJson
{
    /// <summary>
    /// Compact output (no newlines, which SSE data lines rely on). Relaxed escaping: responses are
    /// JSON media types or WebSocket text, never embedded in HTML, so only JSON's own escapes are needed.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Strict JSON: no comments, no trailing commas.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };
}
