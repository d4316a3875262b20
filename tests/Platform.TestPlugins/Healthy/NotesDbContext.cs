using Microsoft.EntityFrameworkCore;

namespace Platform.TestPlugins.Healthy;

public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    internal DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Note>().ToTable("fixture_notes");
}
