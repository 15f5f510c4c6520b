using System.Net.Mail;

using GameLibrary.Users.Errors;

namespace GameLibrary.Users.Accounts;

/// <summary>The rules an account's fields follow; each check throws a <see cref="UsersException"/> saying which rule failed.</summary>
public static class UserRules
{
    /// <summary>The shortest username.</summary>
    public const int MinUsernameLength = 3;

    /// <summary>The longest username.</summary>
    public const int MaxUsernameLength = 32;

    /// <summary>The longest email address (RFC 5321's path limit).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>The shortest password.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>The longest password: hashing unbounded input would let a caller burn CPU.</summary>
    public const int MaxPasswordLength = 128;

    /// <summary>The longest display name.</summary>
    public const int MaxDisplayNameLength = 64;

    /// <summary>The longest avatar URL.</summary>
    public const int MaxAvatarUrlLength = 2048;

    /// <summary>Checks a username: 3–32 ASCII letters, digits, '_', '.' or '-'.</summary>
    /// <param name="username">The username.</param>
    /// <returns>The username, trimmed.</returns>
    public static string Username(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        string trimmed = username.Trim();
        return trimmed.Length is < MinUsernameLength or > MaxUsernameLength
            || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')
            ? throw new UsersException(
                UsersErrorCodes.BadUserInput,
                $"A username is {MinUsernameLength} to {MaxUsernameLength} characters: letters, digits, '_', '.' or '-'.")
            : trimmed;
    }

    /// <summary>Checks an email address.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The address, trimmed.</returns>
    public static string Email(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        string trimmed = email.Trim();
        return trimmed.Length > MaxEmailLength
            || !MailAddress.TryCreate(trimmed, out MailAddress? parsed)
            || parsed.Address != trimmed
            || !parsed.Host.Contains('.', StringComparison.Ordinal)
            ? throw new UsersException(UsersErrorCodes.BadUserInput, "The email address is not valid.")
            : trimmed;
    }

    /// <summary>
    /// Checks a password's strength: 10–128 characters, with a letter and a digit or symbol, and not containing the
    /// username. Length matters most; the character rule stops the all-letters dictionary word.
    /// </summary>
    /// <param name="password">The password.</param>
    /// <param name="username">The account's username.</param>
    public static void Password(string password, string username)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(username);
        if (password.Length is < MinPasswordLength or > MaxPasswordLength)
        {
            throw new UsersException(
                UsersErrorCodes.BadUserInput,
                $"The password is too weak: use {MinPasswordLength} to {MaxPasswordLength} characters.");
        }

        if (!password.Any(char.IsLetter) || password.All(char.IsLetter))
        {
            throw new UsersException(UsersErrorCodes.BadUserInput, "The password is too weak: mix letters with digits or symbols.");
        }

        if (password.Contains(username, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsersException(UsersErrorCodes.BadUserInput, "The password is too weak: it must not contain the username.");
        }
    }

    /// <summary>Checks a display name: 1–64 characters after trimming, no control characters.</summary>
    /// <param name="displayName">The display name.</param>
    /// <returns>The display name, trimmed.</returns>
    public static string DisplayName(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        string trimmed = displayName.Trim();
        return trimmed.Length is 0 or > MaxDisplayNameLength || trimmed.Any(char.IsControl)
            ? throw new UsersException(
                UsersErrorCodes.BadUserInput,
                $"A display name is 1 to {MaxDisplayNameLength} characters without control characters.")
            : trimmed;
    }

    /// <summary>Checks an avatar URL: an absolute http or https URL of at most 2048 characters.</summary>
    /// <param name="avatarUrl">The URL.</param>
    /// <returns>The URL, trimmed.</returns>
    public static string AvatarUrl(string avatarUrl)
    {
        ArgumentNullException.ThrowIfNull(avatarUrl);
        string trimmed = avatarUrl.Trim();
        return trimmed.Length > MaxAvatarUrlLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out Uri? uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            ? throw new UsersException(UsersErrorCodes.BadUserInput, "The avatar URL must be an absolute http or https URL.")
            : trimmed;
    }

    /// <summary>The case-insensitive form of a username or email address that uniqueness is checked on.</summary>
    /// <param name="value">The username or address.</param>
    /// <returns>The value in upper case.</returns>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant();
    }
}
