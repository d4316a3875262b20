using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.Core.Tests.Fixtures.Alpha;

[ModuleDatabase(typeof(AlphaDbContext))]
public sealed class AlphaModule : IModule
{
    public static PluginManifest Manifest { get; } = new("alpha", "1.0.0", "Alpha", "Tests", "Platform.Core.Tests.dll");

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
    }
}
