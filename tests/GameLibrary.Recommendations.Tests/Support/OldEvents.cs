using System.Text.Json;

using GameLibrary.Recommendations.Events;

namespace GameLibrary.Recommendations.Tests.Support;

/// <summary>Builds payloads the way older publishers wrote them.</summary>
public static class OldEvents
{
    /// <summary>A <c>GameCreated</c> payload with only the fields the catalog published before features (read back through the payload record).</summary>
    public static GameCreated AsGameCreated(this object oldPayload) =>
        JsonSerializer.Deserialize<GameCreated>(JsonSerializer.Serialize(oldPayload), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
