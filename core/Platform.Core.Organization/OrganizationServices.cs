using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Organization.Agents;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Permissions;
using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Agents;
using Platform.Core.Organization.Authentication;
using Platform.Core.Organization.Directory;
using Platform.Core.Organization.Import;
using Platform.Core.Organization.Permissions;
using Platform.Core.Organization.Roles;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization;

/// <summary>The engine's service registrations, one place to read them.</summary>
internal static class OrganizationServices
{
    public static IServiceCollection AddOrganizationEngine(this IServiceCollection services, IModuleContext context)
    {
        services.AddOptions<OrganizationOptions>().Bind(context.Configuration);
        services.AddSingleton<OrgSnapshotHolder>();
        services.AddHostedService<SnapshotRefresher>();
        services.AddSingleton<OrgWriter>();

        services.AddSingleton<IOrgStructure, OrgStructure>();
        services.AddSingleton<IMemberDirectory, MemberDirectory>();
        services.AddSingleton<IGroupDirectory, GroupDirectory>();
        services.AddSingleton<IRoleResolver, RoleResolver>();
        services.AddSingleton<IPermissionService, PermissionService>();
        services.AddSingleton<IAgentService, AgentService>();
        services.AddScoped<IOrganizationImporter, OrgImporter>();
        services.AddMemberAuthentication(context);
        return services;
    }
}
