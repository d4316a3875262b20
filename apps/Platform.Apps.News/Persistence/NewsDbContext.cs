using Microsoft.EntityFrameworkCore;
using Platform.Apps.News.Articles;
using Platform.Apps.News.Categories;
using Platform.Apps.News.Reading;

namespace Platform.Apps.News.Persistence;

/// <summary>The News app's tables, all prefixed <c>news_</c>. The host picks the provider and connection.</summary>
internal sealed class NewsDbContext(DbContextOptions<NewsDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<ArticleRead> Reads => Set<ArticleRead>();

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
        modelBuilder.Entity<Category>(category =>
        {
            category.ToTable("news_categories");
            category.HasKey(c => c.Key);
            category.Property(c => c.Key).HasMaxLength(Category.KeyMaxLength);
            category.Property(c => c.Name).HasMaxLength(Category.NameMaxLength);
            category.Property(c => c.ReviewProcessKey).HasMaxLength(100);
            category.PrimitiveCollection(c => c.Editors);
            category.PrimitiveCollection(c => c.Reviewers);
            category.PrimitiveCollection(c => c.Readers);
        });

        modelBuilder.Entity<Article>(article =>
        {
            article.ToTable("news_articles");
            article.HasKey(a => a.Id);
            article.Property(a => a.Id).HasMaxLength(36);
            article.Property(a => a.CategoryKey).HasMaxLength(Category.KeyMaxLength);
            article.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
            article.Property(a => a.Status).HasMaxLength(32);
            article.Property(a => a.AuthorId).HasMaxLength(64);
            article.Property(a => a.ReviewInstanceId).HasMaxLength(64);
            article.Property(a => a.ReviewNote).HasMaxLength(2000);
            article.Property(a => a.CoverHash).HasMaxLength(64);
            article.Property(a => a.CoverContentType).HasMaxLength(32);
            article.Property(a => a.SourceApp).HasMaxLength(64);
            article.Property(a => a.SourceId).HasMaxLength(64);
            article.HasOne<Category>().WithMany().HasForeignKey(a => a.CategoryKey).OnDelete(DeleteBehavior.Restrict);
            article.HasIndex(a => new { a.CategoryKey, a.Status, a.Pinned, a.PublishedAt });
            article.HasIndex(a => a.PublishedAt);
            article.HasIndex(a => a.ReviewInstanceId);
            article.HasIndex(a => new { a.SourceApp, a.SourceId });
        });

        modelBuilder.Entity<ArticleRead>(read =>
        {
            read.ToTable("news_article_reads");
            read.HasKey(r => new { r.ArticleId, r.MemberId });
            read.Property(r => r.ArticleId).HasMaxLength(36);
            read.Property(r => r.MemberId).HasMaxLength(64);
            read.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
