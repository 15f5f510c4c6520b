namespace GameLibrary.Scoreboard.Errors;

/// <summary>The <c>extensions.code</c> values of the scoreboard's refusals.</summary>
public static class ScoreboardErrorCodes
{
    /// <summary>Invalid input; <c>extensions.field</c> names the field.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>An idempotency key reused for another score or game.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>Too many submissions; <c>extensions.retryAfter</c> says in how many seconds to retry.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The thing named does not exist.</summary>
    public const string NotFound = "NOT_FOUND";
}
