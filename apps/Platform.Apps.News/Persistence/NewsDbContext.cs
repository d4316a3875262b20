using Microsoft.EntityFrameworkCore;
using Platform.Apps.News.Articles;

namespace Platform.Apps.News.Persistence;

/// <summary>The News app's tables, all prefixed <c>news_</c>. The host picks the provider and connection.</summary>
internal sealed class NewsDbContext(DbContextOptions<NewsDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

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
        modelBuilder.Entity<Article>(article =>
        {
            article.ToTable("news_articles");
            article.HasKey(a => a.Id);
            article.Property(a => a.Id).HasMaxLength(36);
            article.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
            article.Property(a => a.Status).HasMaxLength(32);
            article.Property(a => a.SourceApp).HasMaxLength(64);
            article.Property(a => a.SourceId).HasMaxLength(64);
            article.HasIndex(a => a.PublishedAt);
            article.HasIndex(a => new { a.SourceApp, a.SourceId });
        });
    }
}
