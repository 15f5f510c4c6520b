using System.Text.Json;

namespace GameLibrary.Events;

/// <summary>The one JSON shape of payloads and log entries, so every producer and consumer agree.</summary>
internal static class EventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
