using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.Core.Tests.Fixtures.Broken;

/// <summary>A module whose only migration is not valid SQL.</summary>
[ModuleDatabase(typeof(BrokenDbContext))]
public sealed class BrokenModule : IModule
{
    public static PluginManifest Manifest { get; } = new("broken", "1.0.0", "Broken", "Tests", "Platform.Core.Tests.dll");

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
    }
}
