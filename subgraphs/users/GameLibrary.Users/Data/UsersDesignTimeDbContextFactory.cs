using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GameLibrary.Users.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a host or a server: migrations are
/// PostgreSQL-only (the SQLite default is created from the model).
/// </summary>
public sealed class UsersDesignTimeDbContextFactory : IDesignTimeDbContextFactory<UsersDbContext>
{
    /// <inheritdoc />
    public UsersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<UsersDbContext>().UseNpgsql("Host=localhost;Database=users").Options);
}
