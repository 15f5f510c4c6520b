namespace GameLibrary.Scoreboard.Errors;

/// <summary>A refused scoreboard operation, with the code and field the GraphQL layer reports.</summary>
public sealed class ScoreboardException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="code">One of <see cref="ScoreboardErrorCodes"/>.</param>
    /// <param name="message">What is wrong, for the client.</param>
    /// <param name="field">The input field at fault, if one is.</param>
    /// <param name="retryAfterSeconds">For <see cref="ScoreboardErrorCodes.RateLimited"/>: when to retry.</param>
    public ScoreboardException(string code, string message, string? field = null, int? retryAfterSeconds = null)
        : base(message)
    {
        Code = code;
        Field = field;
        RetryAfterSeconds = retryAfterSeconds;
    }

    /// <summary>Creates a refusal with <see cref="ScoreboardErrorCodes.BadUserInput"/>.</summary>
    public ScoreboardException()
        : this(ScoreboardErrorCodes.BadUserInput, "The input is invalid.")
    {
    }

    /// <summary>Creates a refusal with <see cref="ScoreboardErrorCodes.BadUserInput"/>.</summary>
    /// <param name="message">What is wrong.</param>
    public ScoreboardException(string message)
        : this(ScoreboardErrorCodes.BadUserInput, message)
    {
    }

    /// <summary>Creates a refusal with <see cref="ScoreboardErrorCodes.BadUserInput"/>.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ScoreboardException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ScoreboardErrorCodes.BadUserInput;
    }

    /// <summary>The error code.</summary>
    public string Code { get; }

    /// <summary>The input field at fault.</summary>
    public string? Field { get; }

    /// <summary>Seconds until a rate-limited client may retry.</summary>
    public int? RetryAfterSeconds { get; }

    /// <summary>A <see cref="ScoreboardErrorCodes.BadUserInput"/> refusal of <paramref name="field"/>.</summary>
    /// <param name="field">The input field.</param>
    /// <param name="message">What is wrong.</param>
    public static ScoreboardException BadInput(string field, string message) => new(ScoreboardErrorCodes.BadUserInput, message, field);
}
