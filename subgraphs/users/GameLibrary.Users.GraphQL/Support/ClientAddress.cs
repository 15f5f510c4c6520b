using Microsoft.AspNetCore.Http;

namespace GameLibrary.Users.GraphQL.Support;

/// <summary>The caller's network address, which failed logins are also counted against.</summary>
internal static class ClientAddress
{
    /// <summary>The address when the transport knows none (an in-process test server).</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// The last <c>X-Forwarded-For</c> entry when the proxy in front is trusted to set it (the entry that proxy
    /// appended; earlier ones are the client's own claims), else the connection's remote address.
    /// </summary>
    public static string Of(HttpContext? http, bool trustForwardedFor)
    {
        if (http is null)
        {
            return Unknown;
        }

        if (trustForwardedFor && http.Request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded)
        {
            string last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            if (last.Length > 0)
            {
                return last;
            }
        }

        return http.Connection.RemoteIpAddress?.ToString() ?? Unknown;
    }
}
