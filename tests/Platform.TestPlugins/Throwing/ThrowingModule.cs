using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;

namespace Platform.TestPlugins.Throwing;

internal sealed class ThrowingModule : IModule
{
    public void ConfigureServices(IServiceCollection services, IModuleContext context) =>
        throw new InvalidOperationException("registration is broken on purpose");
}
