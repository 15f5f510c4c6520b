using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>
/// Sends a case over GraphQL over HTTP or SSE: its body to the target with the case's <c>method</c>, <c>query</c>
/// string, <c>contentType</c> (<c>null</c> for none), <c>accept</c> and <c>headers</c>; or its <c>raw</c> bytes over a
/// bare TCP connection, for what an HTTP client refuses to send (broken chunked bodies).
/// </summary>
public static class HttpRunner
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static async Task<Outcome> SendAsync(
        JsonObject definition, Uri endpoint, byte[] body, string? authorization, bool eventStream, CancellationToken cancellationToken)
    {
        HttpMethod method = new(definition["method"]?.GetValue<string>() ?? "POST");
        Uri url = definition["queryString"] is { } query ? new Uri($"{endpoint}?{query.GetValue<string>()}") : endpoint;
        using HttpRequestMessage request = new(method, url);
        if (method == HttpMethod.Post || definition.ContainsKey("body"))
        {
            request.Content = new ByteArrayContent(body);
            if (definition.TryGetPropertyValue("contentType", out JsonNode? contentType))
            {
                if (contentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType.GetValue<string>());
                }
            }
            else
            {
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }
        }

        string accept = eventStream ? "text/event-stream" : definition["accept"]?.GetValue<string>() ?? "application/graphql-response+json";
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach ((string name, JsonNode? value) in definition["headers"]?.AsObject() ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value!.GetValue<string>());
        }

        using HttpResponseMessage response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Outcome outcome = new() { Status = (int)response.StatusCode };
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            await ReadEventsAsync(response, outcome, cancellationToken);
        }
        else
        {
            outcome.AddResponse(await response.Content.ReadAsStringAsync(cancellationToken));
        }

        return outcome;
    }

    /// <summary>
    /// Sends the case's raw request bytes and reads one answer: its headers, then a Content-Length body, a chunked one,
    /// or everything until the server closes (a server may answer before it read the body, and then wait for it).
    /// </summary>
    public static async Task<Outcome> SendRawAsync(byte[] request, Uri endpoint, CancellationToken cancellationToken)
    {
        using TcpClient tcp = new();
        await tcp.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
        NetworkStream stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(request, cancellationToken);
        }
        catch (IOException)
        {
            // The server answered and closed before taking the whole body: its answer is still there to read.
        }

        using MemoryStream received = new();
        byte[] buffer = new byte[8192];
        string text = string.Empty;
        while (!IsComplete(text))
        {
            int count;
            try
            {
                count = await stream.ReadAsync(buffer, cancellationToken);
            }
            catch (IOException)
            {
                break;
            }

            if (count == 0)
            {
                break;
            }

            received.Write(buffer, 0, count);
            text = Encoding.UTF8.GetString(received.ToArray());
        }

        int headersEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Outcome outcome = new() { Status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture) };
        string content = text[(headersEnd + 4)..];
        outcome.AddResponse(IsChunked(text[..headersEnd]) ? Unchunk(content) : content);
        return outcome;
    }

    private static bool IsComplete(string text)
    {
        int headersEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headersEnd < 0)
        {
            return false;
        }

        string headers = text[..headersEnd];
        string content = text[(headersEnd + 4)..];
        if (IsChunked(headers))
        {
            return content.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        }

        System.Text.RegularExpressions.Match length = System.Text.RegularExpressions.Regex.Match(
            headers, @"(?im)^content-length:\s*(\d+)\s*$");
        return length.Success && Encoding.UTF8.GetByteCount(content) >= int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsChunked(string headers) => headers.Contains("transfer-encoding: chunked", StringComparison.OrdinalIgnoreCase);

    private static async Task ReadEventsAsync(HttpResponseMessage response, Outcome outcome, CancellationToken cancellationToken)
    {
        using StreamReader reader = new(await response.Content.ReadAsStreamAsync(cancellationToken));
        string? eventType = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                eventType = line["event:".Length..].Trim();
                outcome.Messages.Add(eventType);
                if (eventType == "complete")
                {
                    return;
                }
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) && eventType == "next")
            {
                outcome.AddResponse(line["data:".Length..].Trim());
            }
        }
    }

    private static string Unchunk(string content)
    {
        StringBuilder body = new();
        int position = 0;
        while (position < content.Length)
        {
            int lineEnd = content.IndexOf("\r\n", position, StringComparison.Ordinal);
            int size = Convert.ToInt32(content[position..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            body.Append(content, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }

        return body.ToString();
    }
}
