namespace Platform.Contracts.Scheduling;

/// <summary>
/// Runs the due jobs of one kind. Register it scoped in the module's services
/// (<c>services.AddScoped&lt;IScheduledJobHandler, MyHandler&gt;()</c>). Each job runs in a scope of its own, as the
/// system user (<see cref="ScheduledJobContext.SystemUserId"/>), inside one unit of work with the scheduler's claim of
/// the job: everything the handler writes commits together with marking the job done, or — when it throws — nothing
/// does and the job is tried again later.
/// </summary>
public interface IScheduledJobHandler
{
    /// <summary>The kind of jobs handled (<see cref="ScheduledJob.Kind"/>); one handler per kind.</summary>
    string Kind { get; }

    /// <summary>Runs one due job. Throw to fail this attempt (it is rolled back and retried after a backoff).</summary>
    /// <param name="job">The job.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the work is done.</returns>
    Task HandleAsync(ScheduledJobContext job, CancellationToken cancellationToken);
}
