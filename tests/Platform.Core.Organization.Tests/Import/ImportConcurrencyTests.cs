using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Import;

/// <summary>An import checks against what it read; a change committed meanwhile makes it refuse rather than overwrite.</summary>
public sealed class ImportConcurrencyTests
{
    [Test]
    public async Task A_change_committed_while_the_import_validates_makes_it_a_conflict_that_writes_nothing()
    {
        await using var org = await OrgHarness.StartAsync();
        var meddler = new ChangeOnFirstReport(org, "validating");

        var ex = Assert.ThrowsAsync<PlatformException>(() => org.ImportAsync(ImportDocuments.Small(), progress: meddler));

        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.ConcurrencyConflict));
        Assert.That(ex.Kind, Is.EqualTo(ErrorKind.Conflict));
        var tables = await org.TablesAsync();
        Assert.That(tables["version"], Is.EqualTo(1), "only the other writer's change");
        Assert.That(tables.Where(t => t.Key != "version").Select(t => t.Value), Is.All.Zero, "the import's rows were rolled back");
    }

    /// <summary>Plays the other writer: raises the version from another connection when the import reaches a stage.</summary>
    private sealed class ChangeOnFirstReport(OrgHarness org, string stage) : IProgress<ImportProgress>
    {
        private bool _done;

        public void Report(ImportProgress value)
        {
            if (_done || value.Stage != stage)
            {
                return;
            }

            _done = true;
            using var scope = org.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<OrgDbContext>().Database.ExecuteSqlRaw("""UPDATE "org_state" SET "Version" = "Version" + 1""");
        }
    }
}
