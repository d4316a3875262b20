using Acme.Visits.Items;
using Microsoft.EntityFrameworkCore;

namespace Acme.Visits.Persistence;

/// <summary>The module's tables, all prefixed <c>visits_</c>. The host picks the provider, the connection and the migrations history table.</summary>
internal sealed class VisitsDbContext(DbContextOptions<VisitsDbContext> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Item>(item =>
        {
            item.ToTable("visits_items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).HasMaxLength(36);
            item.Property(i => i.Title).HasMaxLength(Item.TitleMaxLength);
            item.Property(i => i.CreatedBy).HasMaxLength(64);
        });
    }
}
