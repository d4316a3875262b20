using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;
using Platform.Core.Modules;
using Platform.Core.Organization.Http;
using Platform.Core.Organization.Persistence;

namespace Platform.Core.Organization;

/// <summary>The organization engine as a module: linked into the host, endpoints at <c>/api/org</c>.</summary>
[ModuleDatabase(typeof(OrgDbContext))]
public sealed class OrganizationModule : IWebModule
{
    /// <summary>The engine's module id; also its URL segment.</summary>
    public const string Id = "org";

    /// <summary>The engine's manifest.</summary>
    public static PluginManifest Manifest { get; } = new(
        Id,
        ContractCatalog.VersionOf(typeof(OrganizationModule).Assembly)?.ToNormalizedString() ?? "0.0.0",
        "Organization",
        "Platform",
        typeof(OrganizationModule).Assembly.GetName().Name + ".dll")
    {
        Description = "Units, departments, posts, levels, members, roles, agents, permissions, sign-in and bulk import.",
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IModuleContext context) =>
        services.AddOrganizationEngine(context);

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapOrganizationEndpoints();
}
