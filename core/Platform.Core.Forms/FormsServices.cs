using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.Core.Forms;

/// <summary>The engine's service registrations, one place to read them. Each feature adds its own lines.</summary>
internal static class FormsServices
{
    public static IServiceCollection AddFormsEngine(this IServiceCollection services, IModuleContext context)
    {
        _ = context;
        return services;
    }
}
