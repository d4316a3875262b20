namespace Platform.Contracts.Modules;

/// <summary>Where a module ended up when the host started. Every state but <see cref="Loaded"/> comes with a reason.</summary>
public enum ModuleState
{
    /// <summary>Registered, migrated and serving.</summary>
    Loaded,

    /// <summary>Needs a contract the host does not provide in a compatible version.</summary>
    Incompatible,

    /// <summary>Needs another module that is absent, in a version outside the range, or itself not loaded.</summary>
    MissingDependency,

    /// <summary>Needs a licence and has no valid one.</summary>
    Unlicensed,

    /// <summary>Could not be read, registered or migrated; the reason says which.</summary>
    Failed,
}
