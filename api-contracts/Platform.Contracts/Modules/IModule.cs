using Microsoft.Extensions.DependencyInjection;

namespace Platform.Contracts.Modules;

/// <summary>
/// The entry point of a module: an engine linked into the host, or an app plugin loaded at run time.
/// A plugin's entry assembly holds exactly one non-abstract implementation (or names one in
/// <c>plugin.json</c> as <c>entryType</c>); it needs a public parameterless constructor.
/// </summary>
/// <remarks>
/// The host registers the module's MediatR request and notification handlers (the classes in the entry type's namespace or below) and its declared databases
/// (<see cref="ModuleDatabaseAttribute"/>) itself; the module adds its own services here. The clock is the
/// <see cref="TimeProvider"/> registered by the host: inject it instead of reading the system time.
/// </remarks>
public interface IModule
{
    /// <summary>Adds the module's services. Called once, before the container is built; a throw isolates the module as <see cref="ModuleState.Failed"/>.</summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="context">What the host tells the module about itself: id, configuration, data directory.</param>
    void ConfigureServices(IServiceCollection services, IModuleContext context);
}
