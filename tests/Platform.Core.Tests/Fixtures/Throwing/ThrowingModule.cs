using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.Core.Tests.Fixtures.Throwing;

/// <summary>A module whose registration throws.</summary>
public sealed class ThrowingModule : IModule
{
    public static PluginManifest Manifest { get; } = new("throwing", "1.0.0", "Throwing", "Tests", "Platform.Core.Tests.dll");

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
        services.AddSingleton<ThrowingModule>();
        throw new InvalidOperationException("registration is broken on purpose");
    }
}
