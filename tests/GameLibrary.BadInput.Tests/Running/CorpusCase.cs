using System.Text.Json.Nodes;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>One case of a corpus file: its definition as written, and the file's named documents it may refer to.</summary>
/// <param name="Family">The file's family (its name without <c>.json</c>).</param>
/// <param name="Name">The case's name, unique in its family.</param>
/// <param name="Definition">The case object.</param>
/// <param name="Documents">The file's <c>documents</c>: name → target → GraphQL document.</param>
public sealed record CorpusCase(string Family, string Name, JsonObject Definition, JsonObject? Documents)
{
    /// <summary>The servers the case runs against: its <c>targets</c>, or all of them.</summary>
    public IEnumerable<string> Targets => Definition["targets"] is JsonArray targets
        ? targets.Select(target => target!.GetValue<string>())
        : Platform.HostilePlatform.TargetNames;

    /// <summary>
    /// The transports the case runs over: its <c>transports</c>, else WebSocket only for a WebSocket script, HTTP only
    /// for raw HTTP or a request whose method or media type is the point, and otherwise all three.
    /// </summary>
    public IEnumerable<string> Transports
    {
        get
        {
            if (Definition["transports"] is JsonArray transports)
            {
                return transports.Select(transport => transport!.GetValue<string>());
            }

            if (Definition.ContainsKey("ws"))
            {
                return [TransportName.WebSocket];
            }

            return Definition.ContainsKey("raw") || Definition.ContainsKey("method") || Definition.ContainsKey("contentType")
                ? [TransportName.Http]
                : [TransportName.Http, TransportName.ServerSentEvents, TransportName.WebSocket];
        }
    }

    /// <summary>The GraphQL document named <paramref name="name"/> for <paramref name="target"/>.</summary>
    public string Document(string name, string target) =>
        Documents?[name]?[target]?.GetValue<string>()
        ?? throw new InvalidOperationException($"{Family}/{Name}: the file has no document '{name}' for {target}.");
}
