using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GameLibrary.Gateway.Composition;

/// <summary>Asks a running subgraph for its SDL with <c>{ _service { sdl } }</c> (the Apollo subgraph specification).</summary>
internal sealed class SubgraphSdlFetcher(HttpClient httpClient)
{
    /// <summary>The query every Federation subgraph answers with its schema.</summary>
    public const string ServiceQuery = "{ _service { sdl } }";

    private static readonly string RequestBody = JsonSerializer.Serialize(new { query = ServiceQuery });

    /// <summary>The subgraph's SDL; throws <see cref="SubgraphSourceException"/> naming the subgraph, its URL and what went wrong.</summary>
    public async Task<string> FetchAsync(string name, Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        string subgraph = $"The subgraph '{name}' ({url})";
        using CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using HttpRequestMessage request = new(HttpMethod.Post, url)
            {
                Content = new StringContent(RequestBody, Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
            using HttpResponseMessage response = await httpClient.SendAsync(request, deadline.Token).ConfigureAwait(false);
            string body = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
            return ReadSdl(subgraph, response, body);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SubgraphSourceException($"{subgraph} did not answer {ServiceQuery} within {timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException exception)
        {
            throw new SubgraphSourceException($"{subgraph} cannot be reached: {exception.Message}", exception);
        }
    }

    private static string ReadSdl(string subgraph, HttpResponseMessage response, string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new SubgraphSourceException(
                $"{subgraph} answered {ServiceQuery} with HTTP {(int)response.StatusCode} and a body that is not a GraphQL response.");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("errors", out JsonElement errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0)
            {
                string messages = string.Join("; ", errors.EnumerateArray()
                    .Select(error => error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out JsonElement message)
                        ? message.ToString()
                        : error.ToString()));
                throw new SubgraphSourceException($"{subgraph} answered {ServiceQuery} with errors: {messages}");
            }

            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("data", out JsonElement data)
                && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("_service", out JsonElement service)
                && service.ValueKind == JsonValueKind.Object
                && service.TryGetProperty("sdl", out JsonElement sdl)
                && sdl.ValueKind == JsonValueKind.String)
            {
                return sdl.GetString()!;
            }

            throw new SubgraphSourceException(
                $"{subgraph} answered {ServiceQuery} with HTTP {(int)response.StatusCode} but no data._service.sdl: is it a Federation subgraph?");
        }
    }
}
