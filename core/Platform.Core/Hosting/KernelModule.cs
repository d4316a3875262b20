using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Core.Modules;

namespace Platform.Core.Hosting;

/// <summary>The kernel listed as an engine, so the module list shows its version beside the others.</summary>
internal sealed class KernelModule : IModule
{
    public const string Id = "kernel";

    public static PluginManifest Manifest { get; } = new(
        Id,
        ContractCatalog.VersionOf(typeof(KernelModule).Assembly)?.ToNormalizedString() ?? "0.0.0",
        "Kernel",
        "Platform",
        typeof(KernelModule).Assembly.GetName().Name + ".dll")
    {
        Description = "Module loading, messaging, persistence base.",
    };

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
        // The kernel's own services are registered by PlatformKernel itself, after every module.
    }
}
