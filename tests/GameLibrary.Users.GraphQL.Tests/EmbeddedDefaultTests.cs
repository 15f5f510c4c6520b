using GameLibrary.Persistence;
using GameLibrary.Testing;
using GameLibrary.Users.Data;
using GameLibrary.Users.GraphQL.Tests.Support;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Users.GraphQL.Tests;

/// <summary>Without ConnectionStrings:Users the subgraph runs on its embedded SQLite file.</summary>
public sealed class EmbeddedDefaultTests
{
    [Fact]
    public async Task Register_login_and_me_work_on_the_SQLite_default()
    {
        await using UsersApi api = await UsersApi.StartAsync(postgres: false);
        Assert.Equal(DatabaseProvider.Sqlite, api.App.Services.GetRequiredService<DatabaseSelection<UsersDbContext>>().Provider);

        (string id, string token) = await api.SignUpAsync("ada");
        await api.AnnounceGameAsync(5);
        GraphQLResponse added = await api.PostAsync("mutation { addToLibrary(gameId: \"5\", status: PLAYING) { status } }", token: token);
        GraphQLResponse me = await api.PostAsync("{ me { id library { totalCount } } }", token: token);

        Assert.Empty(added.Errors);
        Assert.Equal(id, me.Ok["me"]!["id"]!.GetValue<string>());
        Assert.Equal(1, me.Ok["me"]!["library"]!["totalCount"]!.GetValue<int>());
        Assert.True(File.Exists(Path.Combine(api.ContentRoot, ".data", "users.db")));
    }
}
