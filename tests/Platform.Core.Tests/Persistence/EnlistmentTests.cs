using Microsoft.Data.Sqlite;
using Platform.Core.Persistence;

namespace Platform.Core.Tests.Persistence;

/// <summary>The enlistment pieces on their own, below EF Core: what each adds, and what the provider already does.</summary>
public sealed class EnlistmentTests
{
    [Test]
    public async Task A_command_created_without_a_transaction_is_given_the_units_transaction()
    {
        using var dir = new TempDirectory();
        var provider = new SqliteDatabaseProvider(Path.Combine(dir.Path, "platform.db"));
        provider.Initialize();
        await using var session = new DatabaseSession(provider);
        await using var transaction = await session.Connection.BeginTransactionAsync();
        session.UnitOfWork = transaction;

        // Built the way a provider without Microsoft.Data.Sqlite's convenience would: no transaction on it.
        await using var command = new SqliteCommand("SELECT 1", (SqliteConnection)session.Connection);
        Assert.That(command.Transaction, Is.Null);
        Assert.Throws<InvalidOperationException>(() => command.ExecuteScalar(), "SQLite refuses it as it is");

        var enlisted = new CommandEnlistment(session).CommandInitialized(null!, command);

        Assert.That(enlisted.Transaction, Is.SameAs(transaction));
        Assert.That(enlisted.ExecuteScalar(), Is.EqualTo(1L));
    }

    [Test]
    public async Task Microsoft_Data_Sqlite_already_puts_the_open_transaction_on_commands_it_creates()
    {
        using var dir = new TempDirectory();
        var provider = new SqliteDatabaseProvider(Path.Combine(dir.Path, "platform.db"));
        await using var session = new DatabaseSession(provider);
        await using var transaction = await session.Connection.BeginTransactionAsync();

        // EF Core creates its commands through DbConnection.CreateCommand(); this is why enlistment of commands works
        // on SQLite even before the interceptor runs. The interceptor keeps it true for providers that do not.
        await using var command = session.Connection.CreateCommand();

        Assert.That(command.Transaction, Is.SameAs(transaction));
    }

    [Test]
    public async Task The_connection_is_opened_on_first_use_and_closed_with_the_scope()
    {
        using var dir = new TempDirectory();
        var provider = new SqliteDatabaseProvider(Path.Combine(dir.Path, "platform.db"));
        var session = new DatabaseSession(provider);
        var connection = session.Connection;

        Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Open));
        Assert.That(session.Connection, Is.SameAs(connection));

        await session.DisposeAsync();
        Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Closed));
        Assert.Throws<ObjectDisposedException>(() => _ = session.Connection);
    }
}
