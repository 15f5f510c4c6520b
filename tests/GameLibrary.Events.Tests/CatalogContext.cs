using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Events.Tests;

/// <summary>A producer's context (games and the outbox) that also serves as a consumer's (processed events, counts).</summary>
public sealed class CatalogContext(DbContextOptions<CatalogContext> options) : DbContext(options)
{
    public DbSet<Game> Games => Set<Game>();

    public DbSet<GameCount> GameCounts => Set<GameCount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutbox().AddProcessedEvents();
}
