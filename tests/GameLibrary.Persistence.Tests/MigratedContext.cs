using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Persistence.Tests;

/// <summary>A context with a migration, to tell "migrations applied" apart from "created from the model".</summary>
public sealed class MigratedContext(DbContextOptions<MigratedContext> options) : DbContext(options)
{
    public DbSet<Game> Games => Set<Game>();
}
