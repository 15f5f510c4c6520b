using System.Globalization;

using GameLibrary.Recommendations.ReadModel;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GameLibrary.Recommendations.Data;

/// <summary>The recommendations read model: games with their features, players, ratings, libraries, plays, tombstones.</summary>
/// <param name="options">The context options.</param>
public sealed class RecommendationsDbContext(DbContextOptions<RecommendationsDbContext> options) : DbContext(options)
{
    /// <summary>The games the catalog announced.</summary>
    public DbSet<GameRow> Games => Set<GameRow>();

    /// <summary>The registered players.</summary>
    public DbSet<PlayerRow> Players => Set<PlayerRow>();

    /// <summary>The current ratings.</summary>
    public DbSet<RatingRow> Ratings => Set<RatingRow>();

    /// <summary>The library entries.</summary>
    public DbSet<LibraryRow> Library => Set<LibraryRow>();

    /// <summary>The accepted scores.</summary>
    public DbSet<PlayRow> Plays => Set<PlayRow>();

    /// <summary>Deleted games and users.</summary>
    public DbSet<Tombstone> Tombstones => Set<Tombstone>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.AddProcessedEvents();

        // Id lists as "1,2,3": the same column on PostgreSQL and SQLite, and the lists are read whole.
        ValueConverter<long[], string> idList = new(
            ids => string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))),
            text => text.Length == 0 ? Array.Empty<long>() : text.Split(',', StringSplitOptions.None).Select(part => long.Parse(part, CultureInfo.InvariantCulture)).ToArray());
        ValueComparer<long[]> idListComparer = new(
            (left, right) => left!.SequenceEqual(right!),
            ids => ids.Aggregate(17, (hash, id) => HashCode.Combine(hash, id)),
            ids => ids.ToArray());

        modelBuilder.Entity<GameRow>(game =>
        {
            game.ToTable("Games");
            game.HasKey(g => g.GameId);
            game.Property(g => g.GameId).ValueGeneratedNever();
            game.Property(g => g.Slug).HasMaxLength(200);
            game.Property(g => g.Title).HasMaxLength(300);
            foreach (string list in new[] { nameof(GameRow.GenreIds), nameof(GameRow.PlatformIds), nameof(GameRow.DeveloperIds), nameof(GameRow.PublisherIds) })
            {
                game.Property<long[]>(list).HasConversion(idList, idListComparer).HasMaxLength(2000);
            }
        });

        modelBuilder.Entity<PlayerRow>(player =>
        {
            player.ToTable("Players");
            player.HasKey(p => p.UserId);
            player.Property(p => p.Region).HasMaxLength(10);
        });

        modelBuilder.Entity<RatingRow>(rating =>
        {
            rating.ToTable("Ratings");
            rating.HasKey(r => new { r.UserId, r.GameId });
            rating.HasIndex(r => r.GameId);
        });

        modelBuilder.Entity<LibraryRow>(entry =>
        {
            entry.ToTable("Library");
            entry.HasKey(e => new { e.UserId, e.GameId });
            entry.HasIndex(e => e.GameId);
            entry.Property(e => e.Status).HasMaxLength(20);
        });

        modelBuilder.Entity<PlayRow>(play =>
        {
            play.ToTable("Plays");
            play.HasKey(p => p.ScoreId);
            play.HasIndex(p => p.GameId);
            play.HasIndex(p => p.UserId);
        });

        modelBuilder.Entity<Tombstone>(tombstone =>
        {
            tombstone.ToTable("Tombstones");
            tombstone.HasKey(t => new { t.Kind, t.Key });
            tombstone.Property(t => t.Kind).HasMaxLength(10);
            tombstone.Property(t => t.Key).HasMaxLength(40);
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
