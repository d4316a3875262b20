namespace Platform.Contracts.Scheduling;

/// <summary>
/// Schedules durable one-off jobs (定时任务): deadlines, reminders, scheduled publishing. A job is stored with the
/// caller's unit of work — scheduled inside a command, it exists only if the command commits — and, once due, runs
/// its kind's <see cref="IScheduledJobHandler"/> exactly once (retried with a backoff while the handler fails).
/// </summary>
public interface IScheduler
{
    /// <summary>
    /// Stores a job. When <see cref="ScheduledJob.Key"/> is given, a pending job of the same kind and key is replaced.
    /// </summary>
    /// <param name="job">The job.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new job's id.</returns>
    /// <exception cref="Errors.PlatformException"><c>scheduler.invalid_job</c>: no kind, a key or kind too long, or a payload that is not JSON.</exception>
    Task<string> ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken);

    /// <summary>Cancels the pending jobs of a kind with a key (jobs that already ran or failed are kept).</summary>
    /// <param name="kind">The jobs' kind.</param>
    /// <param name="key">The jobs' key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many pending jobs were cancelled (0 or 1).</returns>
    Task<int> CancelAsync(string kind, string key, CancellationToken cancellationToken);
}
