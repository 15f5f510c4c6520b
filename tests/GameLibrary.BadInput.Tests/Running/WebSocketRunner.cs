using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>
/// Runs a case over graphql-transport-ws: a request case as one <c>subscribe</c> after the handshake, or a <c>ws</c>
/// script step by step — <c>send</c> (a JSON message), <c>sendRaw</c> (a recipe, as a text frame or with
/// <c>binary</c> a binary one), <c>flood</c> (<c>send</c> repeated, <c>{{i}}</c> numbering the copies),
/// <c>expect</c> (the next message's type), <c>until</c> (messages read until one of that type) and
/// <c>expectClose</c> (the close code, or a list of acceptable ones).
/// </summary>
public sealed class WebSocketRunner : IDisposable
{
    /// <summary>RFC 6455 §7.4.1: the code reported when a connection ended without a close frame.</summary>
    private const int AbnormalClosure = 1006;

    private readonly ClientWebSocket _socket = new();
    private readonly Outcome _outcome = new();
    private readonly byte[] _buffer = new byte[1 << 16];

    private WebSocketRunner()
    {
    }

    public static async Task<Outcome> SendRequestAsync(Uri endpoint, byte[] request, string? authorization, CancellationToken cancellationToken)
    {
        using WebSocketRunner runner = new();
        await runner.ConnectAsync(endpoint, authorization, cancellationToken);
        await runner.SendTextAsync("""{"type":"connection_init"}"""u8.ToArray(), cancellationToken);
        if (await runner.ReceiveAsync(cancellationToken) is not "connection_ack")
        {
            return runner._outcome;
        }

        byte[] subscribe = [.. """{"id":"1","type":"subscribe","payload":"""u8, .. request, .. "}"u8];
        await runner.SendTextAsync(subscribe, cancellationToken);
        while (await runner.ReceiveAsync(cancellationToken) is { } type && type is not ("complete" or "error"))
        {
        }

        await runner.CloseAsync(cancellationToken);
        return runner._outcome;
    }

    public static async Task<Outcome> RunScriptAsync(
        Uri endpoint, JsonArray steps, Func<string, string> expand, string? authorization, CancellationToken cancellationToken)
    {
        using WebSocketRunner runner = new();
        await runner.ConnectAsync(endpoint, authorization, cancellationToken);
        foreach (JsonObject step in steps.Select(step => step!.AsObject()))
        {
            await runner.RunStepAsync(step, expand, cancellationToken);
        }

        await runner.CloseAsync(cancellationToken);
        return runner._outcome;
    }

    public void Dispose() => _socket.Dispose();

    private async Task RunStepAsync(JsonObject step, Func<string, string> expand, CancellationToken cancellationToken)
    {
        if (step["flood"] is { } flood)
        {
            string template = step["send"]!.ToJsonString();
            try
            {
                for (int i = 0; i < flood.GetValue<int>(); i++)
                {
                    await SendTextAsync(Encoding.UTF8.GetBytes(expand(template.Replace("{{i}}", $"{i}", StringComparison.Ordinal))), cancellationToken);
                }
            }
            catch (WebSocketException)
            {
                // The server closed the connection mid-flood (as it should for a flood it refuses): the next step reads why.
            }
        }
        else if (step["send"] is { } message)
        {
            await SendTextAsync(Encoding.UTF8.GetBytes(expand(message.ToJsonString())), cancellationToken);
        }
        else if (step.ContainsKey("sendRaw"))
        {
            WebSocketMessageType type = step["binary"]?.GetValue<bool>() == true ? WebSocketMessageType.Binary : WebSocketMessageType.Text;
            await _socket.SendAsync(Segments.Render(step["sendRaw"], expand), type, endOfMessage: true, cancellationToken);
        }
        else if (step["expect"] is { } expected)
        {
            Assert.True(
                await ReceiveAsync(cancellationToken) == expected.GetValue<string>(),
                $"Expected '{expected.GetValue<string>()}' but the connection gave {_outcome}");
        }
        else if (step["until"] is { } awaited)
        {
            string wanted = awaited.GetValue<string>();
            while (await ReceiveAsync(cancellationToken) is { } type && type != wanted)
            {
            }

            Assert.True(_outcome.Messages.LastOrDefault() == wanted, $"The connection ended before '{wanted}': {_outcome}");
        }
        else if (step["expectClose"] is { } code)
        {
            while (await ReceiveAsync(cancellationToken) is not null)
            {
            }

            int[] codes = code is JsonArray list ? [.. list.Select(item => item!.GetValue<int>())] : [code.GetValue<int>()];
            Assert.True(_outcome.CloseStatus is { } closed && codes.Contains(closed), $"Expected close {string.Join(" or ", codes)}: {_outcome}");
        }
        else
        {
            throw new InvalidOperationException($"Unknown step {step.ToJsonString()}.");
        }
    }

    private async Task ConnectAsync(Uri endpoint, string? authorization, CancellationToken cancellationToken)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        if (authorization is not null)
        {
            _socket.Options.SetRequestHeader("Authorization", authorization);
        }

        await _socket.ConnectAsync(new UriBuilder(endpoint) { Scheme = "ws" }.Uri, cancellationToken);
    }

    private Task SendTextAsync(byte[] message, CancellationToken cancellationToken) =>
        _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads one message; returns its type, or null once the server closed (the close code is recorded).</summary>
    private async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
        {
            return null;
        }

        using MemoryStream message = new();
        WebSocketReceiveResult result;
        do
        {
            try
            {
                result = await _socket.ReceiveAsync(_buffer, cancellationToken);
            }
            catch (WebSocketException)
            {
                // The connection failed without a close frame reaching us: RFC 6455's 1006 (abnormal closure) says so.
                _outcome.CloseStatus = (int?)_socket.CloseStatus ?? AbnormalClosure;
                return null;
            }

            message.Write(_buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            _outcome.CloseStatus = (int?)result.CloseStatus;
            _outcome.Text.Append(result.CloseStatusDescription).Append('\n');
            return null;
        }

        string text = Encoding.UTF8.GetString(message.ToArray());
        string type = JsonNode.Parse(text)?["type"]?.GetValue<string>() ?? "?";
        _outcome.Messages.Add(type);
        _outcome.AddResponse(text);
        return type;
    }

    private async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
        }
    }
}
