using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Import;

/// <summary>Runs the importer as the endpoint and the CLI do (a scope per call) and reads the tables back.</summary>
internal static class ImportHarnessExtensions
{
    public static async Task<ImportReport> ImportAsync(this OrgHarness org, OrgDocument document, bool dryRun = false, IProgress<ImportProgress>? progress = null)
    {
        await using var scope = org.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganizationImporter>().ImportAsync(document, dryRun, progress, CancellationToken.None);
    }

    public static async Task<OrgDocument> ExportAsync(this OrgHarness org)
    {
        await using var scope = org.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganizationImporter>().ExportAsync(CancellationToken.None);
    }

    /// <summary>Row count of every table the import writes, and the organisation's version.</summary>
    public static async Task<Dictionary<string, long>> TablesAsync(this OrgHarness org)
    {
        await using var scope = org.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrgDbContext>();
        return new Dictionary<string, long>
        {
            ["units"] = await db.Units.CountAsync(),
            ["departments"] = await db.Departments.CountAsync(),
            ["posts"] = await db.Posts.CountAsync(),
            ["levels"] = await db.Levels.CountAsync(),
            ["members"] = await db.Members.CountAsync(),
            ["positions"] = await db.Positions.CountAsync(),
            ["roles"] = await db.Roles.CountAsync(),
            ["holders"] = await db.RoleHolders.CountAsync(),
            ["groups"] = await db.Groups.CountAsync(),
            ["group members"] = await db.GroupMembers.CountAsync(),
            ["version"] = await db.State.Select(s => s.Version).SingleAsync(),
        };
    }

    public static async Task<long> VersionAsync(this OrgHarness org) => (await org.TablesAsync())["version"];

    public static IEnumerable<(string Field, string Code)> Problems(this ImportReport report) => report.Errors.Select(e => (e.Field, e.Code));
}
