using GameLibrary.Persistence;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task The_migrations_match_the_model_and_create_the_trigram_index_on_postgresql()
    {
        await using CatalogDatabase database = await CatalogDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using CatalogDbContext context = await database.ContextAsync();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.False(context.Database.HasPendingModelChanges(), "The model changed: add a migration.");
        List<string> indexes = await context.Database
            .SqlQueryRaw<string>("""SELECT indexdef AS "Value" FROM pg_indexes WHERE tablename = 'Games'""")
            .ToListAsync();
        Assert.Contains(indexes, index => index.Contains("gin (lower((\"Title\")::text) gin_trgm_ops)", StringComparison.Ordinal));
        Assert.Contains(indexes, index => index.Contains("\"ReleaseDate\", \"Id\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sqlite_default_is_created_from_the_model()
    {
        await using CatalogDatabase database = await CatalogDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using CatalogDbContext context = await database.ContextAsync();
        Assert.Equal(0, await context.Games.CountAsync());
        Assert.Equal(0, await context.Set<GameLibrary.Events.OutboxMessage>().CountAsync());
    }
}
