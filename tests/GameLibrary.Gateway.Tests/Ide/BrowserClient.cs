using System.Net.Http.Headers;

namespace GameLibrary.Gateway.Tests.Ide;

/// <summary>Requests as a browser sends them: navigation with its Accept header, subresources with theirs.</summary>
public static class BrowserClient
{
    /// <summary>What Chrome and Firefox send when the user opens a URL.</summary>
    public const string NavigationAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    public static HttpRequestMessage Navigate(string url) => WithAccept(HttpMethod.Get, url, NavigationAccept);

    public static HttpRequestMessage WithAccept(HttpMethod method, string url, string accept)
    {
        HttpRequestMessage request = new(method, url);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    /// <summary>A client that does not follow redirects, to see them.</summary>
    public static HttpClient WithoutRedirects(Uri baseAddress) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static string? CacheControl(HttpResponseMessage response) => response.Headers.CacheControl?.ToString();

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType;
}
