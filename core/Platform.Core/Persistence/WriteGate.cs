namespace Platform.Core.Persistence;

/// <summary>
/// Lets one unit of work at a time hold the database's write transaction in this process. SQLite admits one writer
/// anyway; queueing writers here, asynchronously, replaces lock contention inside SQLite — where a waiting connection
/// blocks a thread and retries in steps of 150 ms — with a fair in-process queue. Other processes on the same file
/// still meet the busy timeout.
/// </summary>
internal sealed class WriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>How long a unit of work waits for its turn before it fails.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(Timeout, cancellationToken))
        {
            throw new TimeoutException(
                $"No database write turn within {Timeout.TotalSeconds:0} s. A unit of work may be waiting for another one it started in a different scope.");
        }

        return new Turn(_gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
