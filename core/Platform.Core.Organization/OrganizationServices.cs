using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.Core.Organization;

/// <summary>The engine's service registrations, one place to read them.</summary>
internal static class OrganizationServices
{
    public static IServiceCollection AddOrganizationEngine(this IServiceCollection services, IModuleContext context)
    {
        _ = context;
        return services;
    }
}
