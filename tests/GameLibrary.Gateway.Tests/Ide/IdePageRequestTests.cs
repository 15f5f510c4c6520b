using GameLibrary.Gateway.Ide;

using Microsoft.AspNetCore.Http;

namespace GameLibrary.Gateway.Tests.Ide;

public sealed class IdePageRequestTests
{
    [Theory]
    [InlineData("GET", "", BrowserClient.NavigationAccept, true)]
    [InlineData("HEAD", "", "text/html", true)]
    [InlineData("GET", "?tab=schema", "text/html", true)]
    [InlineData("GET", "?query={a}", BrowserClient.NavigationAccept, false)]
    [InlineData("POST", "", BrowserClient.NavigationAccept, false)]
    [InlineData("GET", "", "text/html;q=0, application/json", false)]
    [InlineData("GET", "", "*/*", false)]
    [InlineData("GET", "", "text/event-stream", false)]
    [InlineData("GET", "", "application/graphql-response+json", false)]
    [InlineData("GET", "", "", false)]
    public void Only_a_browser_navigating_to_the_page_is_one(string method, string queryString, string accept, bool matches)
    {
        DefaultHttpContext context = new();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(queryString);
        context.Request.Headers.Accept = accept;

        Assert.Equal(matches, IdePageRequest.Matches(context.Request));
    }

    [Fact]
    public void A_build_without_the_IDE_fails_the_start_naming_the_way_out()
    {
        using GameLibrary.Testing.TempDirectory directory = new();

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(() => IdeFiles.Open(directory.Path));

        Assert.Contains("npm ci --prefix ide", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Ide:Enabled=false", exception.Message, StringComparison.Ordinal);
    }
}
