using GameLibrary.Persistence;
using GameLibrary.Users.Data;
using GameLibrary.Users.Tests.Support;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Users.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task PostgreSql_gets_the_schema_from_the_migrations_and_they_match_the_model()
    {
        await using UsersDomain domain = await UsersDomain.StartAsync(DatabaseProvider.PostgreSql);

        (List<string> applied, bool pending) = await domain.RunAsync<UsersDbContext, (List<string>, bool)>(async db =>
            ([.. await db.Database.GetAppliedMigrationsAsync()], db.Database.HasPendingModelChanges()));

        Assert.Equal(["20261123133633_Initial"], applied);
        Assert.False(pending, "The model changed without a migration: run dotnet ef migrations add <Name> --project subgraphs/users/GameLibrary.Users --output-dir Data/Migrations");
    }
}
