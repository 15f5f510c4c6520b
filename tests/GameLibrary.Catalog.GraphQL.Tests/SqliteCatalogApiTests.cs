using GameLibrary.Persistence;

namespace GameLibrary.Catalog.GraphQL.Tests;

/// <summary>The catalog API on the embedded defaults: SQLite and Garnet.</summary>
public sealed class SqliteCatalogApiTests() : CatalogApiTests(DatabaseProvider.Sqlite);
