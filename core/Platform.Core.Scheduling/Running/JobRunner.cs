using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Persistence;
using Platform.Contracts.Scheduling;
using Platform.Core.Scheduling.Identity;
using Platform.Core.Scheduling.Persistence;

namespace Platform.Core.Scheduling.Running;

/// <summary>
/// Runs due jobs. Each job gets a scope of its own acting as the system user, and one unit of work holding the claim
/// (<c>fired_at</c> set only if still null — so of several pollers exactly one wins) and the handler's work: both
/// commit, or neither does. A failed attempt is recorded afterwards and the job waits a backoff; after
/// <see cref="SchedulerOptions.MaxAttempts"/> it is marked failed. Unknown kinds are marked failed at once.
/// </summary>
internal sealed partial class JobRunner(IServiceScopeFactory scopes, SchedulerOptions options, ILogger<JobRunner> logger)
{
    /// <summary>Runs the jobs due at <paramref name="now"/> (one batch); returns how many ran successfully.</summary>
    public async Task<int> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<DueJob> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            var nowTicks = now.UtcTicks;
            due = await db.Jobs.AsNoTracking()
                .Where(j => j.FiredAtTicks == null && j.FailedAtTicks == null && j.DueAtTicks <= nowTicks)
                .OrderBy(j => j.DueAtTicks).ThenBy(j => j.Id)
                .Take(options.BatchSize)
                .Select(j => new DueJob(j.Id, j.Kind, j.Key, j.DueAtTicks, j.Attempts, j.Payload))
                .ToListAsync(cancellationToken);
        }

        var fired = 0;
        foreach (var job in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await RunAsync(job, now, cancellationToken))
            {
                fired++;
            }
        }

        return fired;
    }

    private async Task<bool> RunAsync(DueJob job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<JobIdentity>().ActAsSystem();
        var handlers = services.GetServices<IScheduledJobHandler>().Where(h => string.Equals(h.Kind, job.Kind, StringComparison.Ordinal)).ToList();
        if (handlers.Count != 1)
        {
            var reason = handlers.Count == 0
                ? $"No installed module handles jobs of kind '{job.Kind}'."
                : $"{handlers.Count} handlers claim jobs of kind '{job.Kind}' ({string.Join(", ", handlers.Select(h => h.GetType().FullName))}); a kind needs exactly one.";
            await RecordAsync(job, now, reason, giveUp: true);
            return false;
        }

        var db = services.GetRequiredService<SchedulerDbContext>();
        var context = new ScheduledJobContext(job.Id, job.Kind, job.Key, new DateTimeOffset(job.DueAtTicks, TimeSpan.Zero), job.Attempts + 1, job.Payload);
        try
        {
            var ran = await services.GetRequiredService<IUnitOfWork>().RunAsync(
                async ct =>
                {
                    var claimed = await db.Jobs
                        .Where(j => j.Id == job.Id && j.FiredAtTicks == null && j.FailedAtTicks == null && j.Attempts == job.Attempts)
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.FiredAtTicks, now.UtcTicks).SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
                    if (claimed != 1)
                    {
                        return false;
                    }

                    await handlers[0].HandleAsync(context, ct);
                    return true;
                },
                cancellationToken);
            if (ran)
            {
                LogFired(job.Id, job.Kind, job.Key);
            }

            return ran;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var attempt = job.Attempts + 1;
            var giveUp = attempt >= options.MaxAttempts;
            LogAttemptFailed(ex, job.Id, job.Kind, attempt, giveUp);
            await RecordAsync(job, now, $"{ex.GetType().Name}: {ex.Message}", giveUp);
            return false;
        }
    }

    /// <summary>Records a failed attempt (due again after the backoff) or gives the job up, in a scope of its own.</summary>
    private async Task RecordAsync(DueJob job, DateTimeOffset now, string error, bool giveUp)
    {
        var attempts = job.Attempts + 1;
        long? failedAt = giveUp ? now.UtcTicks : null;
        var dueAt = giveUp ? job.DueAtTicks : (now + (options.RetryBackoff * attempts)).UtcTicks;
        if (giveUp)
        {
            LogGivenUp(job.Id, job.Kind, job.Key, error);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();

        // Not awaited by a shutdown token: the attempt happened and must be counted.
        await db.Jobs
            .Where(j => j.Id == job.Id && j.FiredAtTicks == null && j.FailedAtTicks == null && j.Attempts == job.Attempts)
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.Attempts, attempts).SetProperty(j => j.DueAtTicks, dueAt).SetProperty(j => j.FailedAtTicks, failedAt).SetProperty(j => j.LastError, error),
                CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {JobId} ({Kind}, key {Key}) ran")]
    private partial void LogFired(string jobId, string kind, string? key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {JobId} ({Kind}) failed on attempt {Attempt}; giving up: {GivingUp}")]
    private partial void LogAttemptFailed(Exception exception, string jobId, string kind, int attempt, bool givingUp);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {JobId} ({Kind}, key {Key}) marked failed: {Error}")]
    private partial void LogGivenUp(string jobId, string kind, string? key, string error);
}
