using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace GameLibrary.Gateway.LoadTest.Platform;

/// <summary>
/// One subscription over server-sent events (GraphQL over SSE, "distinct connections" mode: a POST answered with
/// <c>text/event-stream</c>), read in the background: <c>next</c> events counted, and how it ended recorded — the server's
/// <c>complete</c> event, or the stream cut without one ("ended", "aborted").
/// </summary>
internal sealed class LiveEventStream : LiveStream, IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private LiveEventStream()
    {
    }

    /// <summary>Subscribes and waits for the response's headers (the stream has started).</summary>
    public static async Task<LiveEventStream> OpenAsync(Uri graphql, string query, TimeSpan patience)
    {
        var stream = new LiveEventStream();
        try
        {
            using var timeout = new CancellationTokenSource(patience);
            using var request = new HttpRequestMessage(HttpMethod.Post, graphql)
            {
                Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            HttpResponseMessage response = await stream._http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
            {
                string body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                response.Dispose();
                throw new InvalidOperationException($"No event stream: {(int)response.StatusCode} {body}");
            }

            stream._reading = stream.ReadAsync(response);
            return stream;
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops reading and closes the connection; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _reading.ConfigureAwait(false);
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            try
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token).ConfigureAwait(false), Encoding.UTF8);
                string? type = null;
                var data = new StringBuilder();
                while (await reader.ReadLineAsync(_stop.Token).ConfigureAwait(false) is { } line)
                {
                    if (line.StartsWith("event:", StringComparison.Ordinal))
                    {
                        type = line["event:".Length..].Trim();
                    }
                    else if (line.StartsWith("data:", StringComparison.Ordinal))
                    {
                        data.Append(line["data:".Length..].TrimStart());
                    }
                    else if (line.Length == 0 && type is not null)
                    {
                        if (type == "complete")
                        {
                            Ending = "complete";
                            return;
                        }

                        if (type == "next")
                        {
                            Received(JsonNode.Parse(data.ToString()));
                        }

                        type = null;
                        data.Clear();
                    }
                }

                Ending = "ended";
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                Ending ??= "stopped";
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException)
            {
                Ending = "aborted";
            }
        }
    }
}
