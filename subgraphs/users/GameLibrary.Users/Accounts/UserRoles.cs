namespace GameLibrary.Users.Accounts;

/// <summary>The role names carried in tokens and checked by every subgraph.</summary>
public static class UserRoles
{
    /// <summary>Every registered user.</summary>
    public const string Player = "player";

    /// <summary>Operators; granted to the usernames listed in <see cref="UsersOptions.Admins"/>.</summary>
    public const string Admin = "admin";
}
