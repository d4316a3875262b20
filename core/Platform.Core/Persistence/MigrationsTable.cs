namespace Platform.Core.Persistence;

/// <summary>Names each module's migrations history table, so modules migrate independently in one database.</summary>
public static class MigrationsTable
{
    /// <summary>The history table of a module: <c>__migrations_&lt;id&gt;</c> with dots and dashes as underscores.</summary>
    /// <param name="moduleId">Module id.</param>
    public static string For(string moduleId) => "__migrations_" + moduleId.Replace('.', '_').Replace('-', '_');
}
