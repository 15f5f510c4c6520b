using System.Text.Json;

namespace GameLibrary.Events;

/// <summary>
/// An event as stored in a log's sorted set. The payload is embedded as JSON (not a string) so the
/// log stays readable in redis-cli; the log name and sequence are implied by the key and the score.
/// </summary>
internal sealed record LogEntry(Guid Id, string Type, DateTimeOffset OccurredAt, JsonElement Payload)
{
    public static string Serialize(DomainEvent domainEvent) =>
        JsonSerializer.Serialize(
            new LogEntry(
                domainEvent.Id,
                domainEvent.Type,
                domainEvent.OccurredAt,
                JsonSerializer.Deserialize<JsonElement>(domainEvent.Payload, EventJson.Options)),
            EventJson.Options);

    public static DomainEvent Deserialize(string log, string json)
    {
        var entry = JsonSerializer.Deserialize<LogEntry>(json, EventJson.Options)
            ?? throw new JsonException($"Log {log} holds a null entry.");
        return new DomainEvent(entry.Id, log, entry.Type, entry.OccurredAt, entry.Payload.GetRawText());
    }
}
