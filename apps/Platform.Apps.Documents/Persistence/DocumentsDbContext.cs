using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Approval;
using Platform.Apps.Documents.Attachments;
using Platform.Apps.Documents.Distribution;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Signing;
using Platform.Apps.Documents.Types;

namespace Platform.Apps.Documents.Persistence;

/// <summary>The Documents app's tables, all prefixed <c>documents_</c>. The host picks the provider and connection.</summary>
internal sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : DbContext(options)
{
    public DbSet<DocumentType> Types => Set<DocumentType>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<BodyVersion> BodyVersions => Set<BodyVersion>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<DocumentSignature> Signatures => Set<DocumentSignature>();

    public DbSet<DistributionRow> Distributions => Set<DistributionRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps DateTimeOffset as text and refuses to sort or compare it in SQL ("newest first" fails), so there
        // it is stored as UTC ticks. Other providers keep their native type; migrations are generated per provider.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentType>(type =>
        {
            type.ToTable("documents_types");
            type.HasKey(t => t.Key);
            type.Property(t => t.Key).HasMaxLength(64);
            type.Property(t => t.Name).HasMaxLength(100);
            type.Property(t => t.Direction).HasMaxLength(16);
            type.Property(t => t.UnitId).HasMaxLength(64);
            type.Property(t => t.FormKey).HasMaxLength(64);
            type.Property(t => t.ProcessKey).HasMaxLength(64);
            type.Property(t => t.NumberPattern).HasMaxLength(100);
            type.Property(t => t.NewsCategory).HasMaxLength(64);
        });

        modelBuilder.Entity<Document>(document =>
        {
            document.ToTable("documents_documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).HasMaxLength(36);
            document.Property(d => d.TypeKey).HasMaxLength(64);
            document.Property(d => d.Title).HasMaxLength(Document.TitleMaxLength);
            document.Property(d => d.Status).HasMaxLength(32);
            document.Property(d => d.DrafterId).HasMaxLength(64);
            document.Property(d => d.RecordId).HasMaxLength(64);
            document.Property(d => d.InstanceId).HasMaxLength(64);
            document.Property(d => d.Number).HasMaxLength(200);
            document.Property(d => d.ApproverId).HasMaxLength(64);
            document.Property(d => d.NewsState).HasMaxLength(32);
            document.Property(d => d.NewsNote).HasMaxLength(500);
            document.Property(d => d.NewsArticleId).HasMaxLength(64);
            document.HasIndex(d => d.CreatedAt);
            document.HasIndex(d => d.InstanceId);
            document.HasIndex(d => new { d.TypeKey, d.NumberYear, d.NumberSequence }).IsUnique();
        });

        modelBuilder.Entity<BodyVersion>(version =>
        {
            version.ToTable("documents_body_versions");
            version.HasKey(v => new { v.DocumentId, v.Version });
            version.Property(v => v.DocumentId).HasMaxLength(36);
            version.Property(v => v.Title).HasMaxLength(Document.TitleMaxLength);
            version.Property(v => v.AuthorId).HasMaxLength(64);
        });

        modelBuilder.Entity<Attachment>(attachment =>
        {
            attachment.ToTable("documents_attachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).HasMaxLength(36);
            attachment.Property(a => a.DocumentId).HasMaxLength(36);
            attachment.Property(a => a.FileName).HasMaxLength(200);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
            attachment.Property(a => a.UploadedBy).HasMaxLength(64);
            attachment.HasIndex(a => new { a.DocumentId, a.FileName, a.Version }).IsUnique();
        });

        modelBuilder.Entity<NumberSequence>(sequence =>
        {
            sequence.ToTable("documents_number_sequences");
            sequence.HasKey(s => new { s.TypeKey, s.Year });
            sequence.Property(s => s.TypeKey).HasMaxLength(64);
        });

        modelBuilder.Entity<DocumentSignature>(signature =>
        {
            signature.ToTable("documents_signatures");
            signature.HasKey(s => s.DocumentId);
            signature.Property(s => s.DocumentId).HasMaxLength(36);
            signature.Property(s => s.UnitId).HasMaxLength(64);
            signature.Property(s => s.KeyId).HasMaxLength(16);
            signature.Property(s => s.ContentSha256).HasMaxLength(64);
            signature.Property(s => s.Signature).HasMaxLength(200);
            signature.Property(s => s.SignerId).HasMaxLength(64);
        });

        modelBuilder.Entity<DistributionRow>(distribution =>
        {
            distribution.ToTable("documents_distributions");
            distribution.HasKey(d => d.Id);
            distribution.Property(d => d.Id).HasMaxLength(36);
            distribution.Property(d => d.DocumentId).HasMaxLength(36);
            distribution.Property(d => d.DepartmentId).HasMaxLength(64);
            distribution.Property(d => d.Status).HasMaxLength(32);
            distribution.Property(d => d.SentBy).HasMaxLength(64);
            distribution.Property(d => d.HandledBy).HasMaxLength(64);
            distribution.Property(d => d.Reason).HasMaxLength(500);
            distribution.HasIndex(d => new { d.DocumentId, d.DepartmentId }).IsUnique();
            distribution.HasIndex(d => new { d.DepartmentId, d.Status });
        });
    }
}
