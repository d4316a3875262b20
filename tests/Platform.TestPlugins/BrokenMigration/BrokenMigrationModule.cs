using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.TestPlugins.BrokenMigration;

[ModuleDatabase(typeof(BrokenDbContext))]
internal sealed class BrokenMigrationModule : IModule
{
    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
    }
}
