using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Import;

/// <summary>
/// Bulk import and export. An import reads the stored organisation once (one query per table), validates the whole
/// document against it collecting every error, works out the rows that differ, and — only when there is no error and
/// it is not a dry run — writes them in one transaction through <see cref="OrgRowWriter"/>, raising the organisation's
/// version, then reloads the snapshot. A document that changes nothing writes nothing.
/// </summary>
internal sealed class OrgImporter(OrgDbContext db, OrgSnapshotHolder snapshots, TimeProvider clock, ILogger<OrgImporter> logger) : IOrganizationImporter
{
    public async Task<ImportReport> ImportAsync(OrgDocument document, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var started = Stopwatch.GetTimestamp();

        progress?.Report(new ImportProgress("loading", 0, 1));
        var existing = await ExistingOrg.LoadAsync(db, cancellationToken);
        progress?.Report(new ImportProgress("loading", 1, 1));

        var items = ItemCount(document);
        progress?.Report(new ImportProgress("validating", 0, items));
        var index = new DocumentIndex(document);
        var errors = ImportValidator.Validate(document, index, existing);
        var plan = ImportPlanner.Plan(document, index, existing, NewId);
        progress?.Report(new ImportProgress("validating", items, items));
        var counts = plan.Counts();

        if (errors.Count > 0 || dryRun)
        {
            logger.LogInformation("Organisation import not applied ({Reason}): {Errors} error(s), {Rows} row(s) would change", errors.Count > 0 ? "errors" : "dry run", errors.Count, plan.RowCount);
            return new ImportReport(false, counts, errors);
        }

        if (!plan.IsEmpty)
        {
            await WriteAsync(plan, existing.Version, progress, cancellationToken);
            progress?.Report(new ImportProgress("reloading", 0, 1));
            snapshots.Reload();
            progress?.Report(new ImportProgress("reloading", 1, 1));
        }

        logger.LogInformation("Organisation import applied: {Rows} row(s) written in {ElapsedMs:0} ms", plan.RowCount, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new ImportReport(true, counts, []);
    }

    public Task<OrgDocument> ExportAsync(CancellationToken cancellationToken) => OrgExporter.ExportAsync(db, cancellationToken);

    private async Task WriteAsync(ImportPlan plan, long readVersion, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var writer = new OrgRowWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction()))
        {
            await PlanWriter.WriteAsync(plan, writer, readVersion, progress, cancellationToken);
        }

        progress?.Report(new ImportProgress("committing", 0, 1));
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress("committing", 1, 1));
    }

    private string NewId() => Guid.CreateVersion7(clock.GetUtcNow()).ToString();

    private static int ItemCount(OrgDocument d) =>
        (d.Units?.Count ?? 0) + (d.Departments?.Count ?? 0) + (d.Posts?.Count ?? 0) + (d.Levels?.Count ?? 0)
        + (d.Members?.Count ?? 0) + (d.Roles?.Count ?? 0) + (d.Groups?.Count ?? 0);
}
