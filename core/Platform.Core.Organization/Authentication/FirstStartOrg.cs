using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Authentication;

/// <summary>
/// The smallest organisation the administrator can sign in to: unit <c>root</c>, its department
/// <c>administration</c>, the well-known roles and the member <c>admin</c> holding the administrator role. Rows that
/// already exist by code (an import of structure without members) are reused.
/// </summary>
internal static class FirstStartOrg
{
    public const string UnitCode = "root";
    public const string DepartmentCode = "administration";
    public const string AdministratorLogin = "admin";

    /// <summary>Adds the rows to <paramref name="db"/> (unsaved); returns the administrator's member id.</summary>
    public static async Task<string> AddAsync(OrgDbContext db, BootstrapSettings settings, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string NewId() => Guid.CreateVersion7(now).ToString();

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == UnitCode, cancellationToken)
            ?? db.Units.Add(new UnitRow { Id = NewId(), Code = UnitCode, Name = settings.RootUnitName, ShortName = settings.RootUnitName }).Entity;
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == DepartmentCode, cancellationToken)
            ?? db.Departments.Add(new DepartmentRow { Id = NewId(), Code = DepartmentCode, Name = "Administration", UnitId = unit.Id }).Entity;

        var roles = await db.Roles.ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        RoleRow Role(string code, string name, RoleKind kind) =>
            roles.GetValueOrDefault(code) ?? db.Roles.Add(new RoleRow { Id = NewId(), Code = code, Name = name, Kind = kind }).Entity;
        var administrator = Role(WellKnownRoles.Administrator, "Administrator", RoleKind.Fixed);
        Role(WellKnownRoles.DepartmentHead, "Department head", RoleKind.Relative);
        Role(WellKnownRoles.LeaderInCharge, "Leader in charge", RoleKind.Relative);

        var memberId = NewId();
        db.Members.Add(new MemberRow
        {
            Id = memberId,
            Code = AdministratorLogin,
            Login = AdministratorLogin,
            LoginKey = AdministratorLogin.ToUpperInvariant(),
            Name = "Administrator",
        });
        db.Positions.Add(new PositionRow { MemberId = memberId, Ordinal = 0, DepartmentId = department.Id });
        db.RoleHolders.Add(new RoleHolderRow { RoleId = administrator.Id, MemberId = memberId });
        db.Credentials.Add(new CredentialRow { MemberId = memberId, PasswordHash = passwordHash, ChangedUtcTicks = now.UtcTicks, Version = 1 });
        return memberId;
    }
}
