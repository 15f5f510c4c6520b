using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>A response as the tests look at it; <c>Allow</c> is read from the content headers, where HttpClient files it.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, string? CharSet, string Body, string Allow)
{
    public JsonElement Json
    {
        get
        {
            using JsonDocument document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public string? ErrorCode => Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public string? ErrorMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString();

    /// <summary>The body re-indented, for snapshots.</summary>
    public string PrettyBody => JsonSerializer.Serialize(Json, Indented);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}

/// <summary>Builds and sends GraphQL-over-HTTP requests.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string HelloBody = """{"query":"{ hello }"}""";

    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = GraphQLResponseJson) =>
        Post(Encoding.UTF8.GetBytes(body), contentType, accept);

    /// <summary>A POST of raw bytes, e.g. a body that is not UTF-8.</summary>
    public static HttpRequestMessage Post(byte[] body, string? contentType = "application/json", string? accept = GraphQLResponseJson)
    {
        ByteArrayContent content = new(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(string queryString, string? accept = GraphQLResponseJson)
    {
        HttpRequestMessage request = new(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static Task<GraphQLHttpResponse> PostAsync(
        this HttpClient client,
        string body,
        string? contentType = "application/json",
        string? accept = GraphQLResponseJson) =>
        client.SendGraphQLAsync(Post(body, contentType, accept));

    public static Task<GraphQLHttpResponse> GetGraphQLAsync(this HttpClient client, string queryString, string? accept = GraphQLResponseJson) =>
        client.SendGraphQLAsync(Get(queryString, accept));

    public static async Task<GraphQLHttpResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using HttpResponseMessage response = await client.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            MediaTypeHeaderValue? contentType = response.Content.Headers.ContentType;
            string allow = string.Join(", ", response.Content.Headers.Allow);
            return new GraphQLHttpResponse(response.StatusCode, contentType?.MediaType, contentType?.CharSet, body, allow);
        }
    }

    /// <summary>Asserts the server still answers a good query, e.g. after a bad request.</summary>
    public static async Task AssertServesHelloAsync(this HttpClient client)
    {
        GraphQLHttpResponse response = await client.PostAsync(HelloBody);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"world"}}""", response.Body);
    }
}
