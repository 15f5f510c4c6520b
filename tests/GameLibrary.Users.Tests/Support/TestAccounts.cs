using GameLibrary.Users.Accounts;

namespace GameLibrary.Users.Tests.Support;

/// <summary>Registers test accounts.</summary>
public static class TestAccounts
{
    public const string Password = "correct-horse-42";

    public static Task<User> RegisterAsync(this UsersDomain domain, string username, Region region = Region.EU) =>
        domain.RunAsync<AccountService, User>(accounts => accounts.RegisterAsync(
            new Registration(username, $"{username}@example.com", Password, region, null), CancellationToken.None));

    public static async Task<string> CodeOfAsync(Func<Task> action) =>
        (await Assert.ThrowsAsync<Errors.UsersException>(action)).Code;
}
