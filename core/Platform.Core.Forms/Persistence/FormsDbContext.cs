using Microsoft.EntityFrameworkCore;
using Platform.Core.Forms.Persistence.Entities;

namespace Platform.Core.Forms.Persistence;

/// <summary>The form engine's tables, all prefixed <c>forms_</c>. The kernel picks the provider and connection.</summary>
public sealed class FormsDbContext(DbContextOptions<FormsDbContext> options) : DbContext(options)
{
    internal DbSet<FormVersionRow> Versions => Set<FormVersionRow>();

    internal DbSet<FormRecordRow> Records => Set<FormRecordRow>();

    internal DbSet<FormRecordChangeRow> Changes => Set<FormRecordChangeRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        const int Key = 100;
        const int Id = 36;

        modelBuilder.Entity<FormVersionRow>(e =>
        {
            e.ToTable("forms_versions");
            e.HasKey(x => new { x.FormKey, x.Version });
            e.Property(x => x.FormKey).HasColumnName("form_key").HasMaxLength(Key);
            e.Property(x => x.Version).HasColumnName("version").ValueGeneratedNever();
            e.Property(x => x.Definition).HasColumnName("definition");
            e.Property(x => x.Slots).HasColumnName("slots");
            e.Property(x => x.PublishedAtTicks).HasColumnName("published_at_ticks");
        });
        modelBuilder.Entity<FormRecordRow>(e =>
        {
            e.ToTable("forms_records");
            e.HasKey(x => x.Seq);
            e.Property(x => x.Seq).HasColumnName("seq").ValueGeneratedOnAdd();
            e.Property(x => x.Id).HasColumnName("id").HasMaxLength(Id);
            e.HasAlternateKey(x => x.Id).HasName("ak_forms_records_id");
            e.Property(x => x.FormKey).HasColumnName("form_key").HasMaxLength(Key);
            e.Property(x => x.FormVersion).HasColumnName("form_version");
            e.Property(x => x.Data).HasColumnName("data");
            e.Property(x => x.Revision).HasColumnName("revision").IsConcurrencyToken();
            e.Property(x => x.CreatedAtTicks).HasColumnName("created_at_ticks");
            e.Property(x => x.UpdatedAtTicks).HasColumnName("updated_at_ticks");
            e.Property(x => x.CreatedBy).HasColumnName("created_by").HasMaxLength(Id);
            e.HasIndex(x => x.FormKey).HasDatabaseName("ix_forms_records_form");
            for (var slot = 1; slot <= FormRecordRow.Slots; slot++)
            {
                var text = FormRecordRow.TextColumn(slot);
                var number = FormRecordRow.NumberColumn(slot);
                e.Property(text).HasColumnName($"q{slot}_text");
                e.Property(number).HasColumnName($"q{slot}_num");
                e.HasIndex("FormKey", text).HasDatabaseName($"ix_forms_records_q{slot}_text");
                e.HasIndex("FormKey", number).HasDatabaseName($"ix_forms_records_q{slot}_num");
            }
        });
        modelBuilder.Entity<FormRecordChangeRow>(e =>
        {
            e.ToTable("forms_record_changes");
            e.HasKey(x => new { x.RecordId, x.Revision });
            e.Property(x => x.RecordId).HasColumnName("record_id").HasMaxLength(Id);
            e.Property(x => x.Revision).HasColumnName("revision").ValueGeneratedNever();
            e.Property(x => x.AtTicks).HasColumnName("at_ticks");
            e.Property(x => x.By).HasColumnName("by").HasMaxLength(Id);
            e.Property(x => x.Changes).HasColumnName("changes");
            e.HasOne<FormRecordRow>().WithMany().HasForeignKey(x => x.RecordId).HasPrincipalKey(x => x.Id).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
