using Microsoft.EntityFrameworkCore;

namespace Platform.TestPlugins.BrokenMigration;

public sealed class BrokenDbContext(DbContextOptions<BrokenDbContext> options) : DbContext(options);
