using Microsoft.EntityFrameworkCore;
using Platform.Core.Scheduling.Persistence.Entities;

namespace Platform.Core.Scheduling.Persistence;

/// <summary>The scheduler's table, <c>sched_jobs</c>. The kernel picks the provider and connection.</summary>
public sealed class SchedulerDbContext(DbContextOptions<SchedulerDbContext> options) : DbContext(options)
{
    /// <summary>The SQL condition of a pending job (neither fired nor failed).</summary>
    internal const string PendingFilter = "fired_at_ticks IS NULL AND failed_at_ticks IS NULL";

    internal DbSet<JobRow> Jobs => Set<JobRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobRow>(e =>
        {
            e.ToTable("sched_jobs");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").HasMaxLength(36);
            e.Property(x => x.Kind).HasColumnName("kind").HasMaxLength(JobLimits.Kind);
            e.Property(x => x.Key).HasColumnName("key").HasMaxLength(JobLimits.Key);
            e.Property(x => x.DueAtTicks).HasColumnName("due_at_ticks");
            e.Property(x => x.Payload).HasColumnName("payload");
            e.Property(x => x.CreatedAtTicks).HasColumnName("created_at_ticks");
            e.Property(x => x.Attempts).HasColumnName("attempts");
            e.Property(x => x.FiredAtTicks).HasColumnName("fired_at_ticks");
            e.Property(x => x.FailedAtTicks).HasColumnName("failed_at_ticks");
            e.Property(x => x.LastError).HasColumnName("last_error");

            // The poller's walk: pending jobs by due time.
            e.HasIndex(x => x.DueAtTicks).HasDatabaseName("ix_sched_jobs_due").HasFilter(PendingFilter);

            // At most one pending job per kind and key (rescheduling replaces it).
            e.HasIndex(x => new { x.Kind, x.Key }).IsUnique().HasDatabaseName("ux_sched_jobs_pending_key").HasFilter(PendingFilter + " AND key IS NOT NULL");
            e.HasIndex(x => x.FailedAtTicks).HasDatabaseName("ix_sched_jobs_failed").HasFilter("failed_at_ticks IS NOT NULL");
        });
    }
}
