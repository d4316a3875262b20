using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Platform.Bench.Forms;

/// <summary>
/// <c>--checkpointer MS</c>: what the creates cost when WAL checkpoints run outside requests — connections get
/// <c>wal_autocheckpoint=0</c> and this loop, on a connection of its own, runs <c>PRAGMA wal_checkpoint(PASSIVE)</c>
/// every <c>MS</c> milliseconds (a passive checkpoint never blocks writers). An experiment for the kernel's provider,
/// which owns the connection settings; the engine does not do this.
/// </summary>
internal sealed class BackgroundCheckpoint : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public BackgroundCheckpoint(string databaseFile, int intervalMs)
    {
        _loop = Task.Run(async () =>
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, DefaultTimeout = 30 }.ToString());
            await connection.OpenAsync();
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(intervalMs, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                await using var reader = await command.ExecuteReaderAsync();
                if (await reader.ReadAsync())
                {
                    Checkpoints++;
                    Frames += reader.GetInt64(2);
                }
            }
        });
    }

    public int Checkpoints { get; private set; }

    public long Frames { get; private set; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"background checkpoints: {Checkpoints}, frames checkpointed {Frames}");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
