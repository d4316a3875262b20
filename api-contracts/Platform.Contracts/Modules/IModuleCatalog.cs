namespace Platform.Contracts.Modules;

/// <summary>The modules of this host and their states. Lets a module ask whether another is installed.</summary>
public interface IModuleCatalog
{
    /// <summary>Every module the host knows of — engines first, then apps in load order.</summary>
    IReadOnlyList<ModuleInfo> Modules { get; }

    /// <summary>The module with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">Module id.</param>
    ModuleInfo? Find(string id);

    /// <summary>Whether a module with <paramref name="id"/> is <see cref="ModuleState.Loaded"/>.</summary>
    /// <param name="id">Module id.</param>
    bool IsLoaded(string id);
}
