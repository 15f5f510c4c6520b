using GameLibrary.AppHost.Platform;

using Npgsql;

namespace GameLibrary.AppHost.Tests.Platform;

public sealed class StoreSettingsTests
{
    [Fact]
    public void Without_PostgreSQL_subgraphs_have_no_connection_string_so_they_use_SQLite()
    {
        StoreSettings stores = new("127.0.0.1:6379", RedisEmbedded: true, PostgresBase: null);

        Assert.Null(stores.ConnectionStringFor(SubgraphDefinition.Catalog));
        Assert.Throws<InvalidOperationException>(() => stores.ForDatabase("catalog"));
    }

    [Fact]
    public void A_database_in_the_base_connection_string_is_replaced_by_the_subgraph_s()
    {
        StoreSettings stores = new("redis:6379", RedisEmbedded: false, "Host=db;Database=postgres;Username=app;Password='se;cret'");

        NpgsqlConnectionStringBuilder users = new(stores.ConnectionStringFor(SubgraphDefinition.Users));

        Assert.Equal(("db", "users", "app", "se;cret"), (users.Host, users.Database, users.Username, users.Password));
    }
}
