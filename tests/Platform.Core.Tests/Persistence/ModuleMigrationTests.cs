using Platform.Contracts.Modules;
using Platform.Core.Persistence;
using Platform.Core.Tests.Fixtures.Alpha;
using Platform.Core.Tests.Fixtures.Beta;
using Platform.Core.Tests.Fixtures.Broken;

namespace Platform.Core.Tests.Persistence;

public sealed class ModuleMigrationTests
{
    [Test]
    public async Task Two_modules_migrate_into_one_wal_file_each_with_its_own_history()
    {
        using var dir = new TempDirectory();
        await using var kernel = await KernelHarness.StartAsync(dir.Path, new AlphaModule(), new BetaModule());

        Assert.Multiple(() =>
        {
            foreach (var table in new[] { "alpha_items", "beta_entries", MigrationsTable.For("alpha"), MigrationsTable.For("beta") })
            {
                Assert.That(kernel.Scalar($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"), Is.EqualTo(1), table);
            }

            Assert.That(kernel.Scalar($"SELECT COUNT(*) FROM {MigrationsTable.For("alpha")}"), Is.EqualTo(1));
            Assert.That(kernel.Scalar($"SELECT COUNT(*) FROM {MigrationsTable.For("beta")}"), Is.EqualTo(1));
        });
        Assert.That(File.Exists(Path.Combine(dir.Path, "platform.db-wal")) || kernel.Scalar("SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") == 1);
    }

    [Test]
    public async Task Restarting_on_the_same_file_applies_nothing_again_and_keeps_the_data()
    {
        using var dir = new TempDirectory();
        await using (var first = await KernelHarness.StartAsync(dir.Path, new AlphaModule(), new BetaModule()))
        {
            await first.SendAsync(new CreateAlphaItem("kept"));
            Assert.That(first.Kernel.PendingMigrationsOf("alpha"), Has.Count.EqualTo(1), "the first start applied Alpha's migration");
        }

        await using var second = await KernelHarness.StartAsync(dir.Path, new AlphaModule(), new BetaModule());

        Assert.Multiple(async () =>
        {
            Assert.That(second.Kernel.PendingMigrationsOf("alpha"), Is.Empty);
            Assert.That(second.Kernel.PendingMigrationsOf("beta"), Is.Empty);
            Assert.That(second.Scalar("SELECT COUNT(*) FROM alpha_items WHERE Name = 'kept'"), Is.EqualTo(1));
            Assert.That(second.Scalar($"SELECT COUNT(*) FROM {MigrationsTable.For("alpha")}"), Is.EqualTo(1));
            Assert.That(await second.Kernel.CheckReadinessAsync(CancellationToken.None), Is.Empty);
        });
    }

    [Test]
    public async Task Checking_without_applying_counts_pending_migrations_and_creates_no_database()
    {
        using var dir = new TempDirectory();
        await using var kernel = await KernelHarness.StartAsync(dir.Path, applyMigrations: false, new AlphaModule(), new BetaModule());

        Assert.That(kernel.Kernel.PendingMigrationsOf("alpha"), Has.Count.EqualTo(1));
        Assert.That(kernel.Catalog.IsLoaded("alpha"), Is.True);
        Assert.That(File.Exists(Path.Combine(dir.Path, "platform.db")), Is.False);
    }

    [Test]
    public async Task A_module_whose_migration_fails_is_isolated_and_the_rest_loads()
    {
        using var dir = new TempDirectory();
        await using var kernel = await KernelHarness.StartAsync(dir.Path, new AlphaModule(), new BrokenModule());

        var broken = kernel.Catalog.Find("broken")!;
        Assert.That(broken.State, Is.EqualTo(ModuleState.Failed));
        Assert.That(broken.Reason, Does.Contain("migrations").And.Contain("SqliteException"));
        Assert.That(kernel.Catalog.IsLoaded("alpha"), Is.True);
        Assert.That(await kernel.SendAsync(new CreateAlphaItem("still works")), Is.Positive);
        Assert.That(await kernel.Kernel.CheckReadinessAsync(CancellationToken.None), Is.Empty, "a failed module does not hold the host back");
    }
}
