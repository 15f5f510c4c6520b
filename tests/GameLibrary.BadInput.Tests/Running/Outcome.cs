using System.Text.Json.Nodes;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>What a server answered to a case, whatever the transport.</summary>
public sealed class Outcome
{
    /// <summary>The HTTP status (HTTP and SSE).</summary>
    public int? Status { get; set; }

    /// <summary>The WebSocket close code, when the server closed the connection.</summary>
    public int? CloseStatus { get; set; }

    /// <summary>The WebSocket message types received after the handshake (<c>next</c>, <c>error</c>, <c>complete</c>, <c>pong</c>…).</summary>
    public List<string> Messages { get; } = [];

    /// <summary>The GraphQL errors received: a response's <c>errors</c>, an <c>error</c> message's payload, <c>next</c> events' errors.</summary>
    public List<JsonNode> Errors { get; } = [];

    /// <summary>Everything the server sent as text (bodies, messages, close reasons): searched for internal detail.</summary>
    public System.Text.StringBuilder Text { get; } = new();

    /// <summary>Records a GraphQL response (or an <c>error</c> payload array) and its text.</summary>
    public void AddResponse(string text)
    {
        Text.Append(text).Append('\n');
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return;
        }

        JsonArray? errors = node switch
        {
            JsonArray array => array,
            JsonObject response when response["errors"] is JsonArray array => array,
            JsonObject message when message["payload"] is JsonArray array => array,
            JsonObject message when message["payload"]?["errors"] is JsonArray array => array,
            _ => null,
        };
        Errors.AddRange(errors?.Where(error => error is not null).Select(error => error!) ?? []);
    }

    public override string ToString() =>
        $"status {Status?.ToString() ?? "-"}, close {CloseStatus?.ToString() ?? "-"}, messages [{string.Join(", ", Messages)}]: {Text}";
}
