using Platform.Contracts.Modules;

namespace Platform.Core.Modules;

internal sealed class ModuleCatalog(IReadOnlyList<ModuleCandidate> candidates) : IModuleCatalog
{
    public IReadOnlyList<ModuleInfo> Modules => candidates.Select(c => c.ToInfo()).ToList();

    public ModuleInfo? Find(string id) => candidates.FirstOrDefault(c => c.Id == id)?.ToInfo();

    public bool IsLoaded(string id) => candidates.Any(c => c.Id == id && c.IsAlive);
}
