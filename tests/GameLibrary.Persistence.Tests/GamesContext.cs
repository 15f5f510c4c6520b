using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Persistence.Tests;

public sealed class GamesContext(DbContextOptions<GamesContext> options) : DbContext(options)
{
    public DbSet<Game> Games => Set<Game>();
}
