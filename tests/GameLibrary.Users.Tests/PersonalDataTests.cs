using System.Text.Json;

using GameLibrary.Persistence;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Data;
using GameLibrary.Users.Errors;
using GameLibrary.Users.Follows;
using GameLibrary.Users.Library;
using GameLibrary.Users.Paging;
using GameLibrary.Users.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Tests;

/// <summary>Follows, export and erasure; run on PostgreSQL and on the SQLite default.</summary>
public abstract class PersonalDataTests(DatabaseProvider provider) : IAsyncLifetime
{
    private UsersDomain _domain = null!;
    private User _ada = null!;
    private User _grace = null!;

    public async Task InitializeAsync()
    {
        _domain = await UsersDomain.StartAsync(provider);
        _ada = await _domain.RegisterAsync("ada");
        _grace = await _domain.RegisterAsync("grace");
        await _domain.AnnounceGameAsync(7);
    }

    public async Task DisposeAsync() => await _domain.DisposeAsync();

    [Fact]
    public async Task Following_is_idempotent_and_listed_both_ways()
    {
        await _domain.RunAsync<FollowService>(follows => follows.FollowAsync(_ada.Id, _grace.Id, default));
        await _domain.RunAsync<FollowService>(follows => follows.FollowAsync(_ada.Id, _grace.Id, default));

        Page<User> following = await _domain.RunAsync<FollowQueries, Page<User>>(q => q.GetFollowingAsync(_ada.Id, 0, 10, default));
        Page<User> followers = await _domain.RunAsync<FollowQueries, Page<User>>(q => q.GetFollowersAsync(_grace.Id, 0, 10, default));
        Assert.Equal(["grace"], following.Items.Select(u => u.Username));
        Assert.Equal(["ada"], followers.Items.Select(u => u.Username));

        await _domain.RunAsync<FollowService>(follows => follows.UnfollowAsync(_ada.Id, _grace.Id, default));
        await _domain.RunAsync<FollowService>(follows => follows.UnfollowAsync(_ada.Id, _grace.Id, default));
        Assert.Equal(0, (await _domain.RunAsync<FollowQueries, Page<User>>(q => q.GetFollowingAsync(_ada.Id, 0, 10, default))).TotalCount);
    }

    [Fact]
    public async Task Following_oneself_or_a_missing_user_is_refused()
    {
        Assert.Equal(UsersErrorCodes.BadUserInput, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<FollowService>(follows => follows.FollowAsync(_ada.Id, _ada.Id, default))));
        Assert.Equal(UsersErrorCodes.NotFound, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<FollowService>(follows => follows.FollowAsync(_ada.Id, Guid.CreateVersion7(), default))));
    }

    [Fact]
    public async Task The_export_holds_the_account_library_ratings_and_follows_but_no_password_hash()
    {
        await _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, 7, LibraryStatus.Completed, default));
        await _domain.RunAsync<LibraryService>(library => library.RateAsync(_ada.Id, 7, 9, default));
        await _domain.RunAsync<FollowService>(follows => follows.FollowAsync(_ada.Id, _grace.Id, default));
        await _domain.RunAsync<FollowService>(follows => follows.FollowAsync(_grace.Id, _ada.Id, default));
        string hash = await _domain.RunAsync<UsersDbContext, string>(async db => (await db.Users.SingleAsync(u => u.Id == _ada.Id)).PasswordHash);

        string json = await _domain.RunAsync<PersonalDataService, string>(data => data.ExportAsync(_ada.Id, default));

        using JsonDocument export = JsonDocument.Parse(json);
        JsonElement root = export.RootElement;
        Assert.Equal("ada@example.com", root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(_ada.Id, root.GetProperty("account").GetProperty("id").GetGuid());
        Assert.Equal("COMPLETED", root.GetProperty("library")[0].GetProperty("status").GetString());
        Assert.Equal(9, root.GetProperty("ratings")[0].GetProperty("rating").GetInt32());
        Assert.Equal("grace", root.GetProperty("following")[0].GetProperty("username").GetString());
        Assert.Equal("grace", root.GetProperty("followers")[0].GetProperty("username").GetString());
        Assert.DoesNotContain(hash, json, StringComparison.Ordinal);
        Assert.DoesNotContain("password", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Deleting_an_account_erases_its_data_and_publishes_UserDeleted()
    {
        await _domain.RunAsync<LibraryService>(library => library.AddAsync(_ada.Id, 7, LibraryStatus.Playing, default));
        await _domain.RunAsync<LibraryService>(library => library.RateAsync(_ada.Id, 7, 3, default));
        await _domain.RunAsync<FollowService>(follows => follows.FollowAsync(_ada.Id, _grace.Id, default));
        await _domain.RunAsync<FollowService>(follows => follows.FollowAsync(_grace.Id, _ada.Id, default));

        await _domain.RunAsync<PersonalDataService>(data => data.DeleteAsync(_ada.Id, default));

        Assert.Equal(
            (0, 0, 0, 0),
            await _domain.RunAsync<UsersDbContext, (int, int, int, int)>(async db => (
                await db.Users.CountAsync(u => u.Id == _ada.Id),
                await db.LibraryEntries.CountAsync(),
                await db.Ratings.CountAsync(),
                await db.Follows.CountAsync())));
        var deleted = Assert.Single(await _domain.OutboxAsync(), m => m.Type == "UserDeleted");
        using JsonDocument payload = JsonDocument.Parse(deleted.Payload);
        Assert.Equal(_ada.Id, payload.RootElement.GetProperty("userId").GetGuid());
        Assert.Equal(UsersErrorCodes.NotFound, await TestAccounts.CodeOfAsync(() =>
            _domain.RunAsync<PersonalDataService>(data => data.ExportAsync(_ada.Id, default))));

        // The username is free again: nothing of the account is left to collide with.
        Assert.Equal("ada", (await _domain.RegisterAsync("ada")).Username);
    }
}

public sealed class PostgreSqlPersonalDataTests() : PersonalDataTests(DatabaseProvider.PostgreSql);

public sealed class SqlitePersonalDataTests() : PersonalDataTests(DatabaseProvider.Sqlite);
