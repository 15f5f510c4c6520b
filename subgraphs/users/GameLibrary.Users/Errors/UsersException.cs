namespace GameLibrary.Users.Errors;

/// <summary>A request the users domain refuses, with a message meant for the caller and a stable code.</summary>
/// <param name="code">One of <see cref="UsersErrorCodes"/>.</param>
/// <param name="message">What was wrong, safe to show to the caller.</param>
public sealed class UsersException(string code, string message) : Exception(message)
{
    /// <summary>One of <see cref="UsersErrorCodes"/>.</summary>
    public string Code { get; } = code;
}
