using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Authoring;

namespace Platform.Apps.Documents.Persistence;

/// <summary>The Documents app's tables, all prefixed <c>documents_</c>. The host picks the provider and connection.</summary>
internal sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();

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
        modelBuilder.Entity<Document>(document =>
        {
            document.ToTable("documents_documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).HasMaxLength(36);
            document.Property(d => d.Title).HasMaxLength(Document.TitleMaxLength);
            document.Property(d => d.Status).HasMaxLength(32);
            document.Property(d => d.NewsArticleId).HasMaxLength(36);
            document.HasIndex(d => d.CreatedAt);
        });
    }
}
