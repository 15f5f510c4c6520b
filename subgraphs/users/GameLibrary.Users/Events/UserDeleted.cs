namespace GameLibrary.Users.Events;

/// <summary>Published when an account and its data are erased; consumers erase what they hold about the user.</summary>
/// <param name="UserId">The deleted user's id.</param>
public sealed record UserDeleted(Guid UserId);
