using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Paging;
using Platform.Core.Scheduling.Persistence;
using Platform.Core.Scheduling.Persistence.Entities;

namespace Platform.Core.Scheduling.Jobs;

/// <summary>Lists jobs by state: pending by due time (soonest first), done and failed most recent first.</summary>
internal sealed class JobQueries(SchedulerDbContext db)
{
    public async Task<Page<JobView>> ListAsync(JobState state, PageRequest page, CancellationToken cancellationToken)
    {
        var jobs = db.Jobs.AsNoTracking();
        jobs = state switch
        {
            JobState.Pending => jobs.Where(j => j.FiredAtTicks == null && j.FailedAtTicks == null).OrderBy(j => j.DueAtTicks).ThenBy(j => j.Id),
            JobState.Done => jobs.Where(j => j.FiredAtTicks != null).OrderByDescending(j => j.FiredAtTicks).ThenBy(j => j.Id),
            _ => jobs.Where(j => j.FailedAtTicks != null).OrderByDescending(j => j.FailedAtTicks).ThenBy(j => j.Id),
        };
        var total = await jobs.LongCountAsync(cancellationToken);
        var rows = await jobs.Skip(page.Offset).Take(page.Limit).ToListAsync(cancellationToken);
        return new Page<JobView>([.. rows.Select(r => View(r, state))], page.Offset, page.Limit, total);
    }

    private static JobView View(JobRow row, JobState state) =>
        new(row.Id, row.Kind, row.Key, state, At(row.DueAtTicks), row.Attempts, At(row.CreatedAtTicks),
            row.FiredAtTicks is { } fired ? At(fired) : null, row.FailedAtTicks is { } failed ? At(failed) : null, row.LastError, row.Payload);

    private static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);
}
