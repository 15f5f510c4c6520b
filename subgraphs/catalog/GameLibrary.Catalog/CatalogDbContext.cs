using GameLibrary.Catalog.Model;

using Microsoft.EntityFrameworkCore;

namespace GameLibrary.Catalog;

/// <summary>The catalog's database: games, their genres, platforms and companies, and the event outbox.</summary>
/// <param name="options">The options chosen by <c>AddGameLibraryDbContext</c>.</param>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    /// <summary>The longest title accepted.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>The longest slug accepted.</summary>
    public const int SlugMaxLength = 100;

    /// <summary>The longest summary accepted.</summary>
    public const int SummaryMaxLength = 4000;

    /// <summary>The longest cover URL accepted.</summary>
    public const int CoverUrlMaxLength = 2048;

    /// <summary>The longest genre, platform or company name.</summary>
    public const int NameMaxLength = 200;

    /// <summary>The games.</summary>
    public DbSet<Game> Games => Set<Game>();

    /// <summary>The genres.</summary>
    public DbSet<Genre> Genres => Set<Genre>();

    /// <summary>The platforms.</summary>
    public DbSet<Platform> Platforms => Set<Platform>();

    /// <summary>The companies.</summary>
    public DbSet<Company> Companies => Set<Company>();

    /// <summary>Game–genre links.</summary>
    public DbSet<GameGenre> GameGenres => Set<GameGenre>();

    /// <summary>Game–platform links.</summary>
    public DbSet<GamePlatform> GamePlatforms => Set<GamePlatform>();

    /// <summary>Game–company links.</summary>
    public DbSet<GameCompany> GameCompanies => Set<GameCompany>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.AddOutbox();

        modelBuilder.Entity<Game>(game =>
        {
            game.ToTable("Games");
            game.Property(g => g.Title).HasMaxLength(TitleMaxLength);
            game.Property(g => g.Slug).HasMaxLength(SlugMaxLength);
            game.Property(g => g.Summary).HasMaxLength(SummaryMaxLength);
            game.Property(g => g.CoverUrl).HasMaxLength(CoverUrlMaxLength);
            game.HasIndex(g => g.Slug).IsUnique();

            // Every sort is keyset-paged on (key, Id); these indexes serve both the order and the seek.
            game.HasIndex(g => new { g.Title, g.Id });
            game.HasIndex(g => new { g.ReleaseDate, g.Id });
            game.HasIndex(g => new { g.CreatedAt, g.Id });

            game.HasMany(g => g.Genres).WithOne().HasForeignKey(link => link.GameId).OnDelete(DeleteBehavior.Cascade);
            game.HasMany(g => g.Platforms).WithOne().HasForeignKey(link => link.GameId).OnDelete(DeleteBehavior.Cascade);
            game.HasMany(g => g.Companies).WithOne().HasForeignKey(link => link.GameId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Genre>(genre =>
        {
            genre.ToTable("Genres");
            genre.Property(g => g.Name).HasMaxLength(NameMaxLength);
            genre.HasIndex(g => g.Name).IsUnique();
        });

        modelBuilder.Entity<Platform>(platform =>
        {
            platform.ToTable("Platforms");
            platform.Property(p => p.Name).HasMaxLength(NameMaxLength);
            platform.HasIndex(p => p.Name).IsUnique();
        });

        modelBuilder.Entity<Company>(company =>
        {
            company.ToTable("Companies");
            company.Property(c => c.Name).HasMaxLength(NameMaxLength);
            company.HasIndex(c => c.Name).IsUnique();
        });

        // The primary keys serve "links of these games"; the reverse indexes serve the genre/platform/company filters.
        modelBuilder.Entity<GameGenre>(link =>
        {
            link.ToTable("GameGenres");
            link.HasKey(l => new { l.GameId, l.GenreId });
            link.HasIndex(l => new { l.GenreId, l.GameId });
            link.HasOne<Genre>().WithMany().HasForeignKey(l => l.GenreId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<GamePlatform>(link =>
        {
            link.ToTable("GamePlatforms");
            link.HasKey(l => new { l.GameId, l.PlatformId });
            link.HasIndex(l => new { l.PlatformId, l.GameId });
            link.HasOne<Platform>().WithMany().HasForeignKey(l => l.PlatformId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<GameCompany>(link =>
        {
            link.ToTable("GameCompanies");
            link.HasKey(l => new { l.GameId, l.CompanyId, l.Role });
            link.HasIndex(l => new { l.CompanyId, l.GameId });
            link.HasOne<Company>().WithMany().HasForeignKey(l => l.CompanyId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
