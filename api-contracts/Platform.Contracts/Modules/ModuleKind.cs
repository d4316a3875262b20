namespace Platform.Contracts.Modules;

/// <summary>What part of the product a module is.</summary>
public enum ModuleKind
{
    /// <summary>A platform engine linked into the host (kernel, organization, workflow …).</summary>
    Engine,

    /// <summary>An app plugin loaded at run time from the plugins directory.</summary>
    App,
}
