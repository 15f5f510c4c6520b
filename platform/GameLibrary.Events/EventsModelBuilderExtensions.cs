using GameLibrary.Events;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Adds the event tables to any context's model (call from <c>OnModelCreating</c>).</summary>
public static class EventsModelBuilderExtensions
{
    /// <summary>Adds the <c>OutboxMessages</c> table a producer writes its events to.</summary>
    /// <param name="modelBuilder">The context's model builder.</param>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("OutboxMessages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedOnAdd();
            message.HasIndex(m => m.EventId).IsUnique();
            message.Property(m => m.Log).HasMaxLength(100);
            message.Property(m => m.Type).HasMaxLength(200);
        });
        return modelBuilder;
    }

    /// <summary>Adds the <c>ProcessedEvents</c> table a consumer records applied events in.</summary>
    /// <param name="modelBuilder">The context's model builder.</param>
    public static ModelBuilder AddProcessedEvents(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ProcessedEvent>(processed =>
        {
            processed.ToTable("ProcessedEvents");
            processed.HasKey(p => new { p.Consumer, p.EventId });
            processed.Property(p => p.Consumer).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
