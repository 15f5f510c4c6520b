namespace GameLibrary.Gateway.Configuration;

/// <summary>Which other origins' browser pages may call the gateway (<c>Gateway:Cors</c>).</summary>
internal sealed class CrossOriginOptions
{
    /// <summary>
    /// Origins (scheme, host and port, e.g. <c>https://play.example.com</c>) whose pages may send requests and read
    /// answers. Empty (the default): no cross-origin access; the IDE and the dashboard are served by the gateway itself.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Whether those pages may send credentials (cookies, HTTP authentication) with their requests (default false).</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long browsers may cache a preflight answer (default 10 minutes).</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
