using System.Security.Claims;
using System.Text.Json;

using Microsoft.AspNetCore.Http;

using GameLibrary.Transport.WebSockets;

namespace GameLibrary.Transport.Tests.Support;

/// <summary>
/// Accepts <c>{"token":"let-me-in"}</c> as user "ada", accepts no payload as is, throws on
/// <c>{"token":"throw"}</c>, and rejects everything else.
/// </summary>
internal sealed class InitializerStub : IGraphQLConnectionInitializer
{
    public ValueTask<GraphQLConnectionInitResult> InitializeAsync(
        HttpContext httpContext,
        JsonElement? payload,
        CancellationToken cancellationToken)
    {
        if (payload is null)
        {
            return ValueTask.FromResult(GraphQLConnectionInitResult.Accept());
        }

        string? token = payload.Value.TryGetProperty("token", out JsonElement value) ? value.GetString() : null;
        return token switch
        {
            "let-me-in" => ValueTask.FromResult(GraphQLConnectionInitResult.Accept(
                new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "token")))),
            "throw" => throw new InvalidOperationException("The token service is down."),
            _ => ValueTask.FromResult(GraphQLConnectionInitResult.Reject()),
        };
    }
}
