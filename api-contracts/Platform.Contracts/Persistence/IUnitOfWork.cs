namespace Platform.Contracts.Persistence;

/// <summary>
/// One all-or-nothing piece of work across modules (工作单元). Every module's database context in the current scope
/// (one request, one command) shares one connection, and everything done inside <see cref="RunAsync{T}"/> is one
/// transaction: it commits when the outermost call returns and rolls back entirely when it throws. Commands
/// (<see cref="Messaging.ICommand{TResult}"/>) already run in a unit of work; call it directly for work that is not a
/// command, or to make a step inside a command fail on its own.
/// </summary>
/// <remarks>
/// <para>
/// A nested call runs under a savepoint: when it throws, only its own writes are undone, and the caller may catch the
/// exception and carry on. Notifications published inside are delivered only after the outermost call commits, and
/// dropped when their part rolls back.
/// </para>
/// <para>
/// A scope's unit of work (and its connection) serves one operation at a time: do not run two units of work of the
/// same scope concurrently; give each parallel operation a scope of its own. Do not begin transactions on a module's
/// context inside a unit of work — that is refused.
/// </para>
/// </remarks>
public interface IUnitOfWork
{
    /// <summary>Whether a unit of work is running in this scope (work done now is part of it).</summary>
    bool IsActive { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in the scope's transaction — beginning it when none is running (and committing it
    /// when the work returns), or under a savepoint inside the running one.
    /// </summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="work">The work; receives <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Cancels the work; a cancelled unit of work rolls back.</param>
    /// <returns>What <paramref name="work"/> returned, once its part is committed (or released into the enclosing unit).</returns>
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in the scope's transaction. See <see cref="RunAsync{T}"/>.</summary>
    /// <param name="work">The work; receives <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Cancels the work; a cancelled unit of work rolls back.</param>
    /// <returns>A task that completes once the work's part is committed (or released into the enclosing unit).</returns>
    Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken);
}
