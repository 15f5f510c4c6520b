using System.Net;
using System.Net.Http.Headers;

namespace GameLibrary.Gateway.LoadTest;

/// <summary>One GraphQL POST as the loads send it.</summary>
internal static class GraphQLPost
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly byte[] ErrorsKey = "\"errors\""u8.ToArray();

    /// <summary>Sends the body; true when it answered 200 with a body without errors.</summary>
    public static async Task<bool> SendAsync(HttpClient http, Uri url, byte[] body, CancellationToken cancellationToken = default)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
            byte[] answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK && answer.AsSpan().IndexOf(ErrorsKey) < 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
