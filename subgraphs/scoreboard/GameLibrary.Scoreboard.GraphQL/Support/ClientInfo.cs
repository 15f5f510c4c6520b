using Microsoft.AspNetCore.Http;

namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>The caller's address and user agent, for the audit log.</summary>
internal static class ClientInfo
{
    public static (string Address, string UserAgent) Of(HttpContext? http)
    {
        if (http is null)
        {
            return ("unknown", "");
        }

        // Behind the gateway the connection is the gateway's; the last X-Forwarded-For entry is the hop before it.
        string forwarded = http.Request.Headers["X-Forwarded-For"].ToString();
        string? last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return (last ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown", http.Request.Headers.UserAgent.ToString());
    }
}
