using GameLibrary.Persistence;
using GameLibrary.Users.Accounts;
using GameLibrary.Users.Data;
using GameLibrary.Users.Follows;
using GameLibrary.Users.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Tests;

public sealed class FollowRaceTests
{
    /// <summary>
    /// Found by the bad-input corpus (#15): concurrent follows of one user all passed the "already following?" check,
    /// and every insert but the first hit the primary key, a DbUpdateException answered as INTERNAL_SERVER_ERROR.
    /// </summary>
    [Fact]
    public async Task Concurrent_follows_of_one_user_all_succeed_and_store_one_follow()
    {
        await using UsersDomain domain = await UsersDomain.StartAsync(DatabaseProvider.PostgreSql);
        User follower = await domain.RegisterAsync("follower");
        User followee = await domain.RegisterAsync("followee");

        Task<User>[] attempts = [.. Enumerable.Range(0, 8).Select(_ => domain.RunAsync<FollowService, User>(follows =>
            follows.FollowAsync(follower.Id, followee.Id, default)))];
        User[] followed = await Task.WhenAll(attempts);

        Assert.All(followed, user => Assert.Equal(followee.Id, user.Id));
        Assert.Equal(1, await domain.RunAsync<UsersDbContext, int>(db => db.Follows.CountAsync()));
    }

    [Fact]
    public async Task Concurrent_unfollows_of_one_user_all_succeed_and_leave_no_follow()
    {
        await using UsersDomain domain = await UsersDomain.StartAsync(DatabaseProvider.PostgreSql);
        User follower = await domain.RegisterAsync("follower");
        User followee = await domain.RegisterAsync("followee");
        await domain.RunAsync<FollowService, User>(follows => follows.FollowAsync(follower.Id, followee.Id, default));

        Task<User>[] attempts = [.. Enumerable.Range(0, 8).Select(_ => domain.RunAsync<FollowService, User>(follows =>
            follows.UnfollowAsync(follower.Id, followee.Id, default)))];
        await Task.WhenAll(attempts);

        Assert.Equal(0, await domain.RunAsync<UsersDbContext, int>(db => db.Follows.CountAsync()));
    }
}
