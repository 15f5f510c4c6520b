using GameLibrary.Persistence;

namespace GameLibrary.Catalog.GraphQL.Tests;

/// <summary>The catalog API on real PostgreSQL and Redis.</summary>
public sealed class PostgreSqlCatalogApiTests() : CatalogApiTests(DatabaseProvider.PostgreSql);
