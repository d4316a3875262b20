using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.Core.Tests.Fixtures.Gamma;

/// <summary>A module without a database that listens to Alpha.</summary>
public sealed class GammaModule : IModule
{
    public static PluginManifest Manifest { get; } = new("gamma", "1.0.0", "Gamma", "Tests", "Platform.Core.Tests.dll");

    public void ConfigureServices(IServiceCollection services, IModuleContext context) =>
        services.AddSingleton<GammaInbox>();
}
