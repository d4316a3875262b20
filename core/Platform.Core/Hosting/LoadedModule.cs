using Platform.Contracts.Modules;

namespace Platform.Core.Hosting;

/// <summary>A module that loaded, with its entry-point instance, for the host to finish wiring (e.g. endpoints).</summary>
/// <param name="Id">Module id.</param>
/// <param name="Kind">Engine or app.</param>
/// <param name="Instance">The module's entry point.</param>
public sealed record LoadedModule(string Id, ModuleKind Kind, IModule Instance);
