using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GameLibrary.Scoreboard.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a host or a server: migrations are
/// PostgreSQL-only (the SQLite default is created from the model), as in the other subgraphs.
/// </summary>
public sealed class ScoreboardDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ScoreboardDbContext>
{
    /// <inheritdoc />
    public ScoreboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ScoreboardDbContext>().UseNpgsql("Host=localhost;Database=scoreboard").Options);
}
