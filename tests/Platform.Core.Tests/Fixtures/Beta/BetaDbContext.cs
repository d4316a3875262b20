using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Tests.Fixtures.Beta;

public sealed class BetaDbContext(DbContextOptions<BetaDbContext> options) : DbContext(options)
{
    public DbSet<BetaEntry> Entries => Set<BetaEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<BetaEntry>().ToTable("beta_entries");
}
