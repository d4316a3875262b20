using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Core.Persistence;

/// <summary>
/// The database side of one DI scope (a request, a command, a job): one connection, opened on first use and closed
/// with the scope, shared by every module context resolved in the scope, and the transaction open on it. Sharing
/// the connection is what lets one transaction span modules; the interceptors in <see cref="Interceptors"/> make
/// every context take part in it. Like a context, a session serves one operation at a time.
/// </summary>
internal sealed class DatabaseSession : IAsyncDisposable, IDisposable
{
    private readonly IDatabaseProvider _provider;
    private DbConnection? _connection;
    private DbTransaction? _explicit;
    private bool _disposed;

    public DatabaseSession(IDatabaseProvider provider)
    {
        _provider = provider;
        Interceptors = [new CommandEnlistment(this), new SaveChangesEnlistment(this), new TransactionGuard(this)];
    }

    /// <summary>The scope's connection, opened on first use.</summary>
    public DbConnection Connection
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_connection is null)
            {
                var connection = _provider.CreateConnection();
                connection.Open();
                _connection = connection;
            }

            return _connection;
        }
    }

    /// <summary>The unit of work's transaction while one runs (see <see cref="UnitOfWork"/>).</summary>
    public DbTransaction? UnitOfWork { get; set; }

    /// <summary>
    /// The transaction commands on the connection must carry: the unit of work's, or one a context began itself
    /// outside a unit of work (until it completes); <see langword="null"/> when none is open.
    /// </summary>
    public DbTransaction? Open => UnitOfWork ?? (_explicit is { Connection: not null } open ? open : null);

    /// <summary>Interceptors every module context of the scope carries.</summary>
    public IInterceptor[] Interceptors { get; }

    /// <summary>Notes a transaction a context began itself (outside a unit of work), so the scope's other contexts join it.</summary>
    public void Began(DbTransaction transaction) => _explicit = transaction;

    public void Dispose()
    {
        _disposed = true;
        _connection?.Dispose();
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
