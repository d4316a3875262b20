using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.Core.Tests.Fixtures.Beta;

[ModuleDatabase(typeof(BetaDbContext))]
public sealed class BetaModule : IModule
{
    public static PluginManifest Manifest { get; } = new("beta", "1.0.0", "Beta", "Tests", "Platform.Core.Tests.dll")
    {
        Dependencies = new Dictionary<string, string> { ["alpha"] = "[1.0.0, 2.0.0)" },
    };

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
    }
}
