using GameLibrary.Users.Accounts;
using GameLibrary.Users.Catalog;
using GameLibrary.Users.Follows;
using GameLibrary.Users.Library;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GameLibrary.Users.Data;

/// <summary>The users subgraph's database: accounts, libraries, ratings, follows, known games, outbox.</summary>
/// <param name="options">The context options.</param>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : DbContext(options)
{
    /// <summary>The accounts.</summary>
    public DbSet<User> Users => Set<User>();

    /// <summary>The library entries.</summary>
    public DbSet<LibraryEntry> LibraryEntries => Set<LibraryEntry>();

    /// <summary>The ratings.</summary>
    public DbSet<GameRating> Ratings => Set<GameRating>();

    /// <summary>Who follows whom.</summary>
    public DbSet<Follow> Follows => Set<Follow>();

    /// <summary>The games the catalog announced.</summary>
    public DbSet<KnownGame> KnownGames => Set<KnownGame>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.AddOutbox();
        modelBuilder.AddProcessedEvents();

        modelBuilder.Entity<User>(user =>
        {
            user.HasKey(u => u.Id);
            user.Property(u => u.Id).ValueGeneratedNever();
            user.Property(u => u.Username).HasMaxLength(UserRules.MaxUsernameLength);
            user.Property(u => u.NormalizedUsername).HasMaxLength(UserRules.MaxUsernameLength);
            user.HasIndex(u => u.NormalizedUsername).IsUnique();
            user.Property(u => u.Email).HasMaxLength(UserRules.MaxEmailLength);
            user.Property(u => u.NormalizedEmail).HasMaxLength(UserRules.MaxEmailLength);
            user.HasIndex(u => u.NormalizedEmail).IsUnique();
            user.Property(u => u.DisplayName).HasMaxLength(UserRules.MaxDisplayNameLength);
            user.Property(u => u.AvatarUrl).HasMaxLength(UserRules.MaxAvatarUrlLength);
            user.Property(u => u.Region).HasConversion<string>().HasMaxLength(10);
        });

        modelBuilder.Entity<LibraryEntry>(entry =>
        {
            entry.HasKey(e => new { e.UserId, e.GameId });
            entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            entry.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
            entry.HasIndex(e => e.GameId);
        });

        modelBuilder.Entity<GameRating>(rating =>
        {
            rating.HasKey(r => new { r.UserId, r.GameId });
            rating.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            rating.HasIndex(r => r.GameId);
        });

        modelBuilder.Entity<Follow>(follow =>
        {
            follow.HasKey(f => new { f.FollowerId, f.FolloweeId });
            follow.HasOne<User>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
            follow.HasOne<User>().WithMany().HasForeignKey(f => f.FolloweeId).OnDelete(DeleteBehavior.Cascade);
            follow.HasIndex(f => f.FolloweeId);
        });

        modelBuilder.Entity<KnownGame>(game =>
        {
            game.HasKey(g => g.GameId);
            game.Property(g => g.GameId).ValueGeneratedNever();
            game.Property(g => g.Slug).HasMaxLength(200);
            game.Property(g => g.Title).HasMaxLength(300);
        });

        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset values; as UTC ticks they order like the instants.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(type => type.GetProperties())
                .Where(property => property.ClrType == typeof(DateTimeOffset)))
            {
                property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
            }
        }
    }
}
