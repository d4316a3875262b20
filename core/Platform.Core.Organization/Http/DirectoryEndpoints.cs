using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Model;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Paging;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Http;

/// <summary>Read endpoints of the organisation, for every signed-in member.</summary>
internal static class DirectoryEndpoints
{
    public static void MapDirectory(this IEndpointRouteBuilder endpoints)
    {
        var org = endpoints.MapGroup("").WithTags("Organization");
        org.MapGet("/units", (OrgSnapshotHolder holder) => TypedResults.Ok(holder.Current.Model.Units.Values.OrderBy(u => u.Code, StringComparer.Ordinal).ToList()))
            .WithName("Org_ListUnits").WithSummary("Lists units.");
        org.MapGet("/units/{id}/departments", (string id, IOrgStructure structure) =>
                TypedResults.Ok(structure.FindUnit(id) is null ? throw NotFound("unit", id) : structure.TopDepartmentsOf(id)))
            .WithName("Org_ListTopDepartments").WithSummary("Lists the top-level departments of a unit.");
        org.MapGet("/departments/{id}", (string id, IOrgStructure structure) => TypedResults.Ok(new DepartmentView(
                structure.FindDepartment(id) ?? throw NotFound("department", id),
                structure.AncestorsOf(id),
                structure.SubtreeOf(id).Where(d => d.ParentId == id).ToList())))
            .WithName("Org_GetDepartment").WithSummary("Gets a department with its ancestors (nearest first) and children.");
        org.MapGet("/departments/{id}/members", DepartmentMembers)
            .WithName("Org_ListDepartmentMembers").WithSummary("Lists members of a department, optionally with its sub-departments.");
        org.MapGet("/members", (string? q, int? offset, int? limit, IMemberDirectory members) =>
                TypedResults.Ok(members.Search(q ?? "", new PageRequest(offset ?? 0, limit ?? PageRequest.DefaultLimit))))
            .WithName("Org_SearchMembers").WithSummary("Searches members by name, login or code.");
        org.MapGet("/members/{id}", (string id, IMemberDirectory members) => TypedResults.Ok(members.FindMember(id) ?? throw NotFound("member", id)))
            .WithName("Org_GetMember").WithSummary("Gets a member.");
        org.MapGet("/me", (ICurrentUser user, IMemberDirectory members, IRoleResolver roles) =>
            {
                var member = user.UserId is { } id ? members.FindMember(id) : null;
                return TypedResults.Ok(new MeView(member ?? throw NotFound("member", user.UserId ?? "?"), roles.RolesOf(member.Id)));
            })
            .WithName("Org_Me").WithSummary("The signed-in member, with the roles they hold.");
        org.MapGet("/roles/{code}/holders", RoleHolders)
            .WithName("Org_ResolveRole").WithSummary("Who holds a role; for a relative role, relative to a department.");
    }

    private static Ok<Page<Member>> DepartmentMembers(string id, bool? includeSubDepartments, bool? includeDisabled, int? offset, int? limit, IOrgStructure structure, IMemberDirectory members)
    {
        _ = structure.FindDepartment(id) ?? throw NotFound("department", id);
        var page = new PageRequest(offset ?? 0, limit ?? PageRequest.DefaultLimit);
        var all = members.MembersOf(id, includeSubDepartments ?? false, includeDisabled ?? false);
        return TypedResults.Ok(new Page<Member>(all.Skip(page.Offset).Take(page.Limit).ToList(), page.Offset, page.Limit, all.Count));
    }

    private static Ok<RoleHoldersView> RoleHolders(string code, string? department, RelativeTo? relativeTo, IRoleResolver roles, IMemberDirectory members)
    {
        var role = roles.FindRole(code) ?? throw NotFound("role", code);
        IReadOnlyList<string> ids;
        if (role.Kind == RoleKind.Fixed)
        {
            ids = roles.HoldersOf(code);
        }
        else
        {
            ids = department is null
                ? throw PlatformException.Validation([new FieldError("department", "required", "A relative role is resolved against a department.")])
                : roles.ResolveRelative(code, department, relativeTo ?? RelativeTo.Self);
        }

        return TypedResults.Ok(new RoleHoldersView(role, ids.Select(id => members.FindMember(id)!).ToList()));
    }

    private static PlatformException NotFound(string what, string id) =>
        PlatformException.NotFound($"org.{what}.not_found", $"There is no {what} '{id}'.");
}

/// <summary>A department with its surroundings.</summary>
internal sealed record DepartmentView(Department Department, IReadOnlyList<Department> Ancestors, IReadOnlyList<Department> Children);

/// <summary>The signed-in member.</summary>
internal sealed record MeView(Member Member, IReadOnlyList<RoleHolder> Roles);

/// <summary>The holders of a role.</summary>
internal sealed record RoleHoldersView(Role Role, IReadOnlyList<Member> Holders);
