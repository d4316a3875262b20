namespace Platform.Contracts.Modules;

/// <summary>
/// Declares the database context a module owns. Put it on the module's <see cref="IModule"/> class.
/// The host configures the provider (SQLite by default, PostgreSQL in a cluster), the connection and a
/// migrations history table of the module's own, applies the module's migrations at start-up in dependency
/// order and registers the context as a scoped service. The context type must derive from EF Core's
/// <c>DbContext</c> and have a constructor taking only its <c>DbContextOptions&lt;TContext&gt;</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ModuleDatabaseAttribute : Attribute
{
    /// <summary>Declares <paramref name="contextType"/> as the module's database context.</summary>
    /// <param name="contextType">The module's EF Core context type.</param>
    public ModuleDatabaseAttribute(Type contextType) => ContextType = contextType;

    /// <summary>The module's EF Core context type.</summary>
    public Type ContextType { get; }
}
