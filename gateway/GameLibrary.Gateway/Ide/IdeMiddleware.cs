using System.Buffers;
using System.Text.Json;

using Microsoft.Net.Http.Headers;

namespace GameLibrary.Gateway.Ide;

/// <summary>
/// Answers a browser opening the GraphQL URL with the IDE's page and the IDE's request for its configuration;
/// everything else passes on untouched. Runs before routing, so the page's path reaches the static files.
/// </summary>
internal sealed class IdeMiddleware(RequestDelegate next, PathString graphQLPath)
{
    private readonly PathString _pagePath = graphQLPath.Add("/");
    private readonly PathString _indexPath = graphQLPath.Add("/" + IdeFiles.IndexFile);
    private readonly PathString _configurationPath = graphQLPath.Add("/" + IdeConfiguration.FileName);

    public Task InvokeAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (request.Path.Equals(graphQLPath) && IdePageRequest.Matches(request))
        {
            // index.html loads its scripts relative to the page: from /graphql they would resolve to /static/…
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers[HeaderNames.Location] = request.PathBase.Add(_pagePath) + request.QueryString;
            context.Response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
            context.Response.Headers[HeaderNames.CacheControl] = IdeCachePolicy.Revalidate;
            return Task.CompletedTask;
        }

        if (request.Path.Equals(_pagePath) && IdePageRequest.Matches(request))
        {
            // The same URL answers GraphQL clients, so caches must key the page on Accept.
            context.Response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
            request.Path = _indexPath;
            return next(context);
        }

        if (request.Path.Equals(_configurationPath) && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return WriteConfigurationAsync(context, request.PathBase.Add(graphQLPath));
        }

        return next(context);
    }

    private static async Task WriteConfigurationAsync(HttpContext context, PathString endpoint)
    {
        ArrayBufferWriter<byte> body = new();
        using (Utf8JsonWriter writer = new(body))
        {
            IdeConfiguration.Write(writer, endpoint.ToUriComponent());
        }

        HttpResponse response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.WrittenCount;
        response.Headers[HeaderNames.CacheControl] = IdeCachePolicy.Revalidate;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
