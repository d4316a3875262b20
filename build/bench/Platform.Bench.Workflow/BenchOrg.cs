using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Roles;

namespace Platform.Bench.Workflow;

/// <summary>
/// The benchmark's organisation: one unit, 12 departments, 240 members <c>m000</c>…<c>m239</c> (login = code),
/// <c>m000</c> the administrator. Imported through the organization engine's importer.
/// </summary>
internal static class BenchOrg
{
    public const int MemberCount = 240;
    private const int Departments = 12;

    public static string Login(int index) => "m" + index.ToString("000", CultureInfo.InvariantCulture);

    public static OrgDocument Document { get; } = new()
    {
        Units = [new UnitRecord { Code = "u1", Name = "Bureau" }],
        Departments = Enumerable.Range(0, Departments)
            .Select(d => new DepartmentRecord { Code = "d" + d.ToString(CultureInfo.InvariantCulture), Name = "Department " + d.ToString(CultureInfo.InvariantCulture), Unit = "u1" })
            .ToList(),
        Members = Enumerable.Range(0, MemberCount)
            .Select(i => new MemberRecord { Code = Login(i), Login = Login(i), Name = "Member " + i.ToString(CultureInfo.InvariantCulture), Department = "d" + (i % Departments).ToString(CultureInfo.InvariantCulture) })
            .ToList(),
        Roles = [new RoleRecord { Code = WellKnownRoles.Administrator, Name = "Administrator", Kind = RoleKind.Fixed, Holders = [new RoleHolderRecord { Member = Login(0) }] }],
    };

    /// <summary>Imports the organisation unless it is there; returns login → member id and member id → primary department id.</summary>
    public static async Task<(Dictionary<string, string> Ids, Dictionary<string, string> Departments)> EnsureAsync(BenchHost host)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            if (scope.ServiceProvider.GetRequiredService<IMemberDirectory>().FindByLogin(Login(1)) is null)
            {
                var report = await scope.ServiceProvider.GetRequiredService<IOrganizationImporter>().ImportAsync(Document, dryRun: false, null, CancellationToken.None);
                if (!report.Applied)
                {
                    throw new InvalidOperationException("Organisation not imported: " + string.Join("; ", report.Errors.Select(e => $"{e.Field}: {e.Message}")));
                }
            }
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var departments = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < MemberCount; i++)
            {
                var member = directory.FindByLogin(Login(i)) ?? throw new InvalidOperationException($"Member {Login(i)} missing after import.");
                ids[Login(i)] = member.Id;
                departments[member.Id] = member.Primary.DepartmentId;
            }

            return (ids, departments);
        }
    }
}
