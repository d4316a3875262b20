using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.TestPlugins.Empty;

/// <summary>Does nothing; stands in where only the manifest matters (dependencies, contracts).</summary>
internal sealed class EmptyModule : IModule
{
    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
    }
}
