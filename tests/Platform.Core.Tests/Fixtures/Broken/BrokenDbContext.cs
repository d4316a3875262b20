using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Tests.Fixtures.Broken;

public sealed class BrokenDbContext(DbContextOptions<BrokenDbContext> options) : DbContext(options);
