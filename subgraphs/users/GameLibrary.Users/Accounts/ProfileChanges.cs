namespace GameLibrary.Users.Accounts;

/// <summary>Changes to a profile; a <see langword="null"/> member is left as it is.</summary>
/// <param name="DisplayName">The new display name.</param>
/// <param name="AvatarUrl">The new avatar URL; an empty string removes the avatar.</param>
/// <param name="Region">The new region.</param>
public sealed record ProfileChanges(string? DisplayName, string? AvatarUrl, Region? Region);
