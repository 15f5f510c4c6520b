namespace GameLibrary.Users.Errors;

/// <summary>The codes of the users domain's refusals; the API puts them in <c>extensions.code</c>.</summary>
public static class UsersErrorCodes
{
    /// <summary>An argument breaks a rule (username format, weak password, rating out of range, …).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The username is taken.</summary>
    public const string UsernameTaken = "USERNAME_TAKEN";

    /// <summary>The email address belongs to another account.</summary>
    public const string EmailTaken = "EMAIL_TAKEN";

    /// <summary>The username or email and password do not match an account.</summary>
    public const string InvalidCredentials = "INVALID_CREDENTIALS";

    /// <summary>Too many failed logins for the account or from the client address; retry later.</summary>
    public const string TooManyLoginAttempts = "TOO_MANY_LOGIN_ATTEMPTS";

    /// <summary>The game, user or library entry does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The change conflicts with the current state (the game is already in the library, …).</summary>
    public const string Conflict = "CONFLICT";
}
