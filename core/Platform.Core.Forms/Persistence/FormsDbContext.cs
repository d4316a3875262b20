using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Forms.Persistence;

/// <summary>The form engine's tables, all prefixed <c>forms_</c>. The kernel picks the provider and connection.</summary>
public sealed class FormsDbContext(DbContextOptions<FormsDbContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
    }
}
