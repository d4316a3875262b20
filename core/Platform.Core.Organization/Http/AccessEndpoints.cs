using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Agents;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Organization.Permissions;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Organization.Http;

/// <summary>Agents (a member names their own; administrators anyone's) and permission grants (administrators).</summary>
internal static class AccessEndpoints
{
    public static void MapAccess(this IEndpointRouteBuilder endpoints)
    {
        var agents = endpoints.MapGroup("").WithTags("Organization: agents");
        agents.MapGet("/members/{id}/agents", (string id, IAgentService service, ICurrentUser user, IRoleResolver roles) =>
            {
                AdministratorsOnly.DemandSelfOrAdministrator(user, roles, id);
                return TypedResults.Ok(service.AgentsOf(id));
            })
            .WithName("Org_ListAgents").WithSummary("The agencies a member has given, current and future.");
        agents.MapPost("/agents", async (AssignAgent request, IAgentService service, ICurrentUser user, IRoleResolver roles, CancellationToken ct) =>
            {
                AdministratorsOnly.DemandSelfOrAdministrator(user, roles, request.PrincipalId);
                var agency = await service.AssignAsync(request, ct);
                return TypedResults.Created($"/api/org/agents/{agency.Id}", agency);
            })
            .WithName("Org_AssignAgent").WithSummary("Names an agent for a period and scope.");
        agents.MapDelete("/agents/{id}", async (string id, string principalId, IAgentService service, ICurrentUser user, IRoleResolver roles, CancellationToken ct) =>
            {
                AdministratorsOnly.DemandSelfOrAdministrator(user, roles, principalId);
                if (service.AgentsOf(principalId).All(a => a.Id != id))
                {
                    throw Platform.Contracts.Errors.PlatformException.NotFound("org.agent.not_found", $"Member '{principalId}' has no current agency '{id}'.");
                }

                await service.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("Org_RevokeAgent").WithSummary("Ends an agency now.");

        endpoints.MapPut("/members/{id}/password", async (string id, NewPassword body, IMemberAuthenticator accounts, CancellationToken ct) =>
            {
                await accounts.SetPasswordAsync(id, body.Password ?? "", ct);
                return TypedResults.NoContent();
            })
            .AddEndpointFilter<AdministratorsOnly>()
            .WithTags("Organization: administration")
            .WithName("Org_SetPassword").WithSummary("Sets a member's password (and lifts a lockout).");

        var grants = endpoints.MapGroup("").WithTags("Organization: permissions");
        grants.MapGet("/grants", (string resource, IPermissionService permissions) => TypedResults.Ok(permissions.GrantsOn(resource)))
            .AddEndpointFilter<AdministratorsOnly>()
            .WithName("Org_ListGrants").WithSummary("The grants on a resource.");
        grants.MapPost("/grants", async (NewGrant grant, IPermissionService permissions, CancellationToken ct) =>
                TypedResults.Ok(await permissions.GrantAsync(grant, ct)))
            .AddEndpointFilter<AdministratorsOnly>()
            .WithName("Org_Grant").WithSummary("Adds a grant (an identical one is returned as it is).");
        grants.MapDelete("/grants/{id}", async (string id, IPermissionService permissions, CancellationToken ct) =>
            {
                await permissions.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .AddEndpointFilter<AdministratorsOnly>()
            .WithName("Org_Revoke").WithSummary("Removes a grant.");
        grants.MapGet("/permissions/check", (string memberId, string action, string resource, IPermissionService permissions, ICurrentUser user, IRoleResolver roles) =>
            {
                AdministratorsOnly.DemandSelfOrAdministrator(user, roles, memberId);
                return TypedResults.Ok(new PermissionAnswer(memberId, action, resource, permissions.IsAllowed(memberId, action, resource)));
            })
            .WithName("Org_CheckPermission").WithSummary("May this member do this action on this resource?");
    }
}

/// <summary>A password an administrator sets for a member.</summary>
internal sealed record NewPassword(string? Password);

/// <summary>The answer to a permission check.</summary>
internal sealed record PermissionAnswer(string MemberId, string Action, string Resource, bool Allowed);
