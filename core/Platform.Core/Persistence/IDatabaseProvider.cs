using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Persistence;

/// <summary>
/// The provider seam: how a module's context reaches the database. SQLite is the embedded default; a cluster
/// provider (PostgreSQL) plugs in here. Engines and apps never see which one runs.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>Provider name as used in configuration (<c>Sqlite</c>).</summary>
    string Name { get; }

    /// <summary>Prepares the database once at start-up (creates the file, sets journal mode).</summary>
    void Initialize();

    /// <summary>
    /// A new, unopened connection to the database. Each scope opens one (its <see cref="DatabaseSession"/>) and every
    /// module context of the scope uses it, so one transaction can span modules.
    /// </summary>
    DbConnection CreateConnection();

    /// <summary>
    /// Configures a module's context on a given connection — the scope's shared one: provider, migrations assembly and
    /// the module's own history table. The context does not own the connection.
    /// </summary>
    /// <param name="options">The context's options builder.</param>
    /// <param name="connection">The connection the context uses (from <see cref="CreateConnection"/>).</param>
    /// <param name="moduleId">Owning module id.</param>
    /// <param name="contextType">The context type (its assembly holds the migrations).</param>
    void Configure(DbContextOptionsBuilder options, DbConnection connection, string moduleId, Type contextType);

    /// <summary>
    /// Configures a module's context with a connection of its own (opened and closed by the context), for work outside
    /// any scope: migrations at start-up, readiness checks, tools.
    /// </summary>
    /// <param name="options">The context's options builder.</param>
    /// <param name="moduleId">Owning module id.</param>
    /// <param name="contextType">The context type (its assembly holds the migrations).</param>
    void Configure(DbContextOptionsBuilder options, string moduleId, Type contextType);

    /// <summary>Whether the database can be reached now.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task<bool> CanConnectAsync(CancellationToken cancellationToken);
}
