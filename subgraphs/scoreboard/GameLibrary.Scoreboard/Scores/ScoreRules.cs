namespace GameLibrary.Scoreboard.Scores;

/// <summary>The shape rules of a submission.</summary>
public static class ScoreRules
{
    /// <summary>The shortest idempotency key.</summary>
    public const int MinKeyLength = 8;

    /// <summary>The longest idempotency key.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Whether <paramref name="key"/> is 8–64 characters of <c>[A-Za-z0-9_-]</c>.</summary>
    /// <param name="key">The key.</param>
    public static bool IsValidKey(string? key) =>
        key is { Length: >= MinKeyLength and <= MaxKeyLength } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
