using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Tests.Fixtures.Alpha;

public sealed class AlphaDbContext(DbContextOptions<AlphaDbContext> options) : DbContext(options)
{
    public DbSet<AlphaItem> Items => Set<AlphaItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<AlphaItem>(item =>
        {
            item.ToTable("alpha_items");
            item.Property(i => i.Name).HasMaxLength(50);
        });
}
