using GameLibrary.Persistence;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Data;
using GameLibrary.Users.Errors;
using GameLibrary.Users.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Tests;

public sealed class RegistrationRaceTests
{
    [Fact]
    public async Task Concurrent_registrations_of_one_username_leave_one_account_and_USERNAME_TAKEN_for_the_rest()
    {
        await using UsersDomain domain = await UsersDomain.StartAsync(DatabaseProvider.PostgreSql);

        Task<User>[] attempts = [.. Enumerable.Range(0, 8).Select(i => domain.RunAsync<AccountService, User>(accounts =>
            accounts.RegisterAsync(new Registration("racer", $"racer{i}@example.com", TestAccounts.Password, Region.EU, null), default)))];
        try
        {
            await Task.WhenAll(attempts);
        }
        catch (UsersException)
        {
            // Inspected per attempt below.
        }

        Assert.Equal(1, attempts.Count(attempt => attempt.IsCompletedSuccessfully));
        Assert.All(
            attempts.Where(attempt => !attempt.IsCompletedSuccessfully),
            attempt => Assert.Equal(UsersErrorCodes.UsernameTaken, Assert.IsType<UsersException>(attempt.Exception!.InnerException).Code));
        Assert.Equal(1, await domain.RunAsync<UsersDbContext, int>(db => db.Users.CountAsync()));
        Assert.Single(await domain.OutboxAsync());
    }
}
