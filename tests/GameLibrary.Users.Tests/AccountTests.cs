using System.Text.Json;

using GameLibrary.Persistence;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Data;
using GameLibrary.Users.Errors;
using GameLibrary.Users.Tests.Support;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.Tests;

/// <summary>Registration, login and throttling; run on PostgreSQL and on the SQLite default.</summary>
public abstract class AccountTests(DatabaseProvider provider) : IAsyncLifetime
{
    private UsersDomain _domain = null!;

    protected UsersDomain Domain => _domain;

    public async Task InitializeAsync() => _domain = await UsersDomain.StartAsync(provider, new Dictionary<string, string?>
    {
        ["Users:Admins:0"] = "Root",
        ["Users:LoginThrottling:MaxFailuresPerAccount"] = "3",
        ["Users:LoginThrottling:MaxFailuresPerAddress"] = "5",
        ["Users:LoginThrottling:Window"] = "00:10:00",
    });

    public async Task DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Register_stores_a_hash_that_verifies_and_never_the_password()
    {
        User user = await _domain.RegisterAsync("ada");

        User stored = await _domain.RunAsync<UsersDbContext, User>(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Equal(7, (int)stored.Id.ToByteArray(bigEndian: true)[6] >> 4);
        Assert.DoesNotContain(TestAccounts.Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(
            PasswordVerificationResult.Success,
            new PasswordHasher<User>().VerifyHashedPassword(stored, stored.PasswordHash, TestAccounts.Password));
        Assert.Equal("ADA", stored.NormalizedUsername);
        Assert.Equal("ada", stored.DisplayName);
    }

    [Fact]
    public async Task Register_publishes_UserRegistered_through_the_outbox()
    {
        User user = await _domain.RegisterAsync("grace", Region.APAC);

        var message = Assert.Single(await _domain.OutboxAsync());
        Assert.Equal(("users", "UserRegistered"), (message.Log, message.Type));
        using JsonDocument payload = JsonDocument.Parse(message.Payload);
        Assert.Equal(user.Id, payload.RootElement.GetProperty("userId").GetGuid());
        Assert.Equal("grace", payload.RootElement.GetProperty("username").GetString());
        Assert.Equal("APAC", payload.RootElement.GetProperty("region").GetString());
        Assert.DoesNotContain(TestAccounts.Password, message.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_change_publishes_UserRegionChanged_and_other_profile_changes_do_not()
    {
        User user = await _domain.RegisterAsync("hedy", Region.NA);

        await _domain.RunAsync<AccountService, User>(accounts =>
            accounts.UpdateProfileAsync(user.Id, new ProfileChanges("Hedy", null, Region.NA), CancellationToken.None));
        await _domain.RunAsync<AccountService, User>(accounts =>
            accounts.UpdateProfileAsync(user.Id, new ProfileChanges(null, null, Region.LATAM), CancellationToken.None));

        var messages = await _domain.OutboxAsync();
        Assert.Equal(["UserRegistered", "UserRegionChanged"], messages.Select(m => m.Type));
        using JsonDocument payload = JsonDocument.Parse(messages[1].Payload);
        Assert.Equal(user.Id, payload.RootElement.GetProperty("userId").GetGuid());
        Assert.Equal("LATAM", payload.RootElement.GetProperty("region").GetString());
    }

    [Fact]
    public async Task Usernames_and_emails_are_unique_ignoring_case()
    {
        await _domain.RegisterAsync("linus");

        Assert.Equal(UsersErrorCodes.UsernameTaken, await TestAccounts.CodeOfAsync(() => _domain.RunAsync<AccountService>(accounts =>
            accounts.RegisterAsync(new Registration("LINUS", "other@example.com", TestAccounts.Password, Region.EU, null), default))));
        Assert.Equal(UsersErrorCodes.EmailTaken, await TestAccounts.CodeOfAsync(() => _domain.RunAsync<AccountService>(accounts =>
            accounts.RegisterAsync(new Registration("linus2", "Linus@Example.com", TestAccounts.Password, Region.EU, null), default))));
        Assert.Equal(1, await _domain.RunAsync<UsersDbContext, int>(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("ab", "ab@example.com", "correct-horse-42")]
    [InlineData("has space", "s@example.com", "correct-horse-42")]
    [InlineData("valid", "not-an-email", "correct-horse-42")]
    [InlineData("valid", "valid@example.com", "short1!")]
    [InlineData("valid", "valid@example.com", "onlyletterslong")]
    [InlineData("valid", "valid@example.com", "1234567890123")]
    [InlineData("valid", "valid@example.com", "my-valid-password-1")]
    public async Task Register_rejects_invalid_usernames_emails_and_weak_passwords(string username, string email, string password)
    {
        UsersException refusal = await Assert.ThrowsAsync<UsersException>(() => _domain.RunAsync<AccountService>(accounts =>
            accounts.RegisterAsync(new Registration(username, email, password, Region.EU, null), default)));

        Assert.Equal(UsersErrorCodes.BadUserInput, refusal.Code);
        Assert.DoesNotContain(password, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _domain.RunAsync<UsersDbContext, int>(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Login_accepts_username_or_email_in_any_case_and_grants_roles()
    {
        await _domain.RegisterAsync("root");
        await _domain.RegisterAsync("ada");

        LoginResult admin = await LoginAsync("ROOT@example.com", TestAccounts.Password);
        LoginResult player = await LoginAsync("Ada", TestAccounts.Password);

        Assert.Equal(["player", "admin"], admin.Roles);
        Assert.Equal(["player"], player.Roles);
        Assert.Equal("ada", player.User.Username);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_refusal()
    {
        await _domain.RegisterAsync("ada");

        UsersException wrong = await Assert.ThrowsAsync<UsersException>(() => LoginAsync("ada", "wrong-password-1"));
        UsersException unknown = await Assert.ThrowsAsync<UsersException>(() => LoginAsync("nobody", "wrong-password-1"));

        Assert.Equal(UsersErrorCodes.InvalidCredentials, wrong.Code);
        Assert.Equal((wrong.Code, wrong.Message), (unknown.Code, unknown.Message));
    }

    [Fact]
    public async Task Failed_logins_lock_the_account_until_the_window_passes_even_for_the_right_password()
    {
        await _domain.RegisterAsync("ada");
        for (int attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(UsersErrorCodes.InvalidCredentials, await TestAccounts.CodeOfAsync(() => LoginAsync("ada", "wrong-password-1", $"10.0.0.{attempt}")));
        }

        Assert.Equal(UsersErrorCodes.TooManyLoginAttempts, await TestAccounts.CodeOfAsync(() => LoginAsync("ada", TestAccounts.Password, "10.0.0.9")));

        _domain.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("ada", (await LoginAsync("ada", TestAccounts.Password, "10.0.0.9")).User.Username);
    }

    [Fact]
    public async Task Failed_logins_from_one_address_across_accounts_lock_that_address_only()
    {
        await _domain.RegisterAsync("ada");
        for (int attempt = 0; attempt < 5; attempt++)
        {
            await TestAccounts.CodeOfAsync(() => LoginAsync($"guess{attempt}", "wrong-password-1", "203.0.113.7"));
        }

        Assert.Equal(UsersErrorCodes.TooManyLoginAttempts, await TestAccounts.CodeOfAsync(() => LoginAsync("ada", TestAccounts.Password, "203.0.113.7")));
        Assert.Equal("ada", (await LoginAsync("ada", TestAccounts.Password, "198.51.100.1")).User.Username);
    }

    [Fact]
    public async Task A_successful_login_clears_the_account_failures()
    {
        await _domain.RegisterAsync("ada");
        await TestAccounts.CodeOfAsync(() => LoginAsync("ada", "wrong-password-1"));
        await TestAccounts.CodeOfAsync(() => LoginAsync("ada", "wrong-password-1"));
        await LoginAsync("ada", TestAccounts.Password);

        await TestAccounts.CodeOfAsync(() => LoginAsync("ada", "wrong-password-1"));
        await TestAccounts.CodeOfAsync(() => LoginAsync("ada", "wrong-password-1"));

        Assert.Equal("ada", (await LoginAsync("ada", TestAccounts.Password)).User.Username);
    }

    [Fact]
    public async Task UpdateProfile_validates_and_changes_only_what_is_given()
    {
        User user = await _domain.RegisterAsync("ada");

        User changed = await _domain.RunAsync<AccountService, User>(accounts =>
            accounts.UpdateProfileAsync(user.Id, new ProfileChanges("Ada L.", "https://example.com/ada.png", null), default));
        Assert.Equal(("Ada L.", "https://example.com/ada.png", Region.EU), (changed.DisplayName, changed.AvatarUrl, changed.Region));

        Assert.Equal(UsersErrorCodes.BadUserInput, await TestAccounts.CodeOfAsync(() => _domain.RunAsync<AccountService>(accounts =>
            accounts.UpdateProfileAsync(user.Id, new ProfileChanges(null, "javascript:alert(1)", null), default))));
        Assert.Equal(UsersErrorCodes.BadUserInput, await TestAccounts.CodeOfAsync(() => _domain.RunAsync<AccountService>(accounts =>
            accounts.UpdateProfileAsync(user.Id, new ProfileChanges("   ", null, null), default))));

        User cleared = await _domain.RunAsync<AccountService, User>(accounts =>
            accounts.UpdateProfileAsync(user.Id, new ProfileChanges(null, "", Region.NA), default));
        Assert.Equal(("Ada L.", null, Region.NA), (cleared.DisplayName, cleared.AvatarUrl, cleared.Region));
    }

    private Task<LoginResult> LoginAsync(string login, string password, string address = "192.0.2.1") =>
        _domain.RunAsync<AccountService, LoginResult>(accounts => accounts.LoginAsync(login, password, address, default));
}

public sealed class PostgreSqlAccountTests() : AccountTests(DatabaseProvider.PostgreSql);

public sealed class SqliteAccountTests() : AccountTests(DatabaseProvider.Sqlite);
