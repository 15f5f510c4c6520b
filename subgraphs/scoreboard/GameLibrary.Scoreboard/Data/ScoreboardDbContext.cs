using GameLibrary.Scoreboard.Achievements;
using GameLibrary.Scoreboard.Audit;
using GameLibrary.Scoreboard.Boards;
using GameLibrary.Scoreboard.Catalog;
using GameLibrary.Scoreboard.Competitions;
using GameLibrary.Scoreboard.Players;
using GameLibrary.Scoreboard.Scores;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GameLibrary.Scoreboard.Data;

/// <summary>The scoreboard's database: the source of truth for scores and boards, plus read models and the outbox.</summary>
/// <param name="options">The context options.</param>
public sealed class ScoreboardDbContext(DbContextOptions<ScoreboardDbContext> options) : DbContext(options)
{
    /// <summary>Every stored score.</summary>
    public DbSet<Score> Scores => Set<Score>();

    /// <summary>Each player's best accepted score per game and board period.</summary>
    public DbSet<BestScore> BestScores => Set<BestScore>();

    /// <summary>The audit log.</summary>
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    /// <summary>The competitions.</summary>
    public DbSet<Competition> Competitions => Set<Competition>();

    /// <summary>The unlocked achievements.</summary>
    public DbSet<Achievement> Achievements => Set<Achievement>();

    /// <summary>The players' regions (from the users log).</summary>
    public DbSet<PlayerRegion> PlayerRegions => Set<PlayerRegion>();

    /// <summary>The games the catalog announced.</summary>
    public DbSet<KnownGame> KnownGames => Set<KnownGame>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.AddOutbox();
        modelBuilder.AddProcessedEvents();

        modelBuilder.Entity<Score>(score =>
        {
            score.HasKey(s => s.Id);
            score.Property(s => s.Id).ValueGeneratedNever();
            score.Property(s => s.IdempotencyKey).HasMaxLength(64);
            score.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            score.Property(s => s.FlagReason).HasMaxLength(300);

            // Decides idempotency: of concurrent submissions with one key, exactly one insert succeeds.
            score.HasIndex(s => new { s.UserId, s.IdempotencyKey }).IsUnique();
            score.HasIndex(s => new { s.UserId, s.GameId, s.SubmittedAt });
            score.HasIndex(s => new { s.Status, s.Id });
        });

        modelBuilder.Entity<BestScore>(best =>
        {
            best.HasKey(b => new { b.GameId, b.Period, b.UserId });
            best.Property(b => b.Period).HasMaxLength(40);
            best.HasIndex(b => new { b.GameId, b.Period, b.Value, b.AchievedAtMicros, b.UserId })
                .IsDescending(false, false, true, false, true);
            best.HasIndex(b => b.UserId);
            best.HasIndex(b => b.UpdatedAtMicros);
        });

        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).ValueGeneratedOnAdd();
            audit.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
            audit.Property(a => a.IdempotencyKey).HasMaxLength(64);
            audit.Property(a => a.Reason).HasMaxLength(300);
            audit.Property(a => a.ClientAddress).HasMaxLength(100);
            audit.Property(a => a.UserAgent).HasMaxLength(300);
            audit.HasIndex(a => new { a.UserId, a.GameId, a.Id });
        });

        modelBuilder.Entity<Competition>(competition =>
        {
            competition.HasKey(c => c.Id);
            competition.Property(c => c.Id).ValueGeneratedNever();
            competition.Property(c => c.Name).HasMaxLength(200);
            competition.HasIndex(c => new { c.GameId, c.StartsAt });
        });

        modelBuilder.Entity<Achievement>(achievement =>
        {
            // One unlock per player and achievement, decided by the key.
            achievement.HasKey(a => new { a.UserId, a.Name });
            achievement.Property(a => a.Name).HasMaxLength(40);
        });

        modelBuilder.Entity<PlayerRegion>(region =>
        {
            region.HasKey(r => r.UserId);
            region.Property(r => r.UserId).ValueGeneratedNever();
            region.Property(r => r.Region).HasConversion<string>().HasMaxLength(10);
        });

        modelBuilder.Entity<KnownGame>(game =>
        {
            game.HasKey(g => g.GameId);
            game.Property(g => g.GameId).ValueGeneratedNever();
            game.Property(g => g.Title).HasMaxLength(300);
        });

        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset values; as UTC ticks they order like the instants.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(type => type.GetProperties())
                .Where(property => property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
            }
        }
    }
}
