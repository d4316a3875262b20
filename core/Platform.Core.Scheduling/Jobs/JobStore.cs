using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Contracts.Persistence;
using Platform.Contracts.Scheduling;
using Platform.Core.Scheduling.Persistence;
using Platform.Core.Scheduling.Persistence.Entities;

namespace Platform.Core.Scheduling.Jobs;

/// <summary>
/// Stores and cancels jobs in the scope's unit of work, so a job scheduled inside a command exists only if the
/// command commits (and replacing a pending job by key is all-or-nothing).
/// </summary>
internal sealed class JobStore(SchedulerDbContext db, IUnitOfWork unitOfWork, TimeProvider clock) : IScheduler
{
    public Task<string> ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        Validate(job);
        return unitOfWork.RunAsync(
            async ct =>
            {
                if (job.Key is { } key)
                {
                    await Pending(job.Kind, key).ExecuteDeleteAsync(ct);
                }

                var row = new JobRow
                {
                    Id = Guid.NewGuid().ToString("N"),
                    Kind = job.Kind,
                    Key = job.Key,
                    DueAtTicks = job.DueAt.UtcTicks,
                    Payload = job.Payload,
                    CreatedAtTicks = clock.GetUtcNow().UtcTicks,
                };
                db.Jobs.Add(row);
                await db.SaveChangesAsync(ct);
                db.Entry(row).State = EntityState.Detached;
                return row.Id;
            },
            cancellationToken);
    }

    public Task<int> CancelAsync(string kind, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return unitOfWork.RunAsync(ct => Pending(kind, key).ExecuteDeleteAsync(ct), cancellationToken);
    }

    private IQueryable<JobRow> Pending(string kind, string key) =>
        db.Jobs.Where(j => j.Kind == kind && j.Key == key && j.FiredAtTicks == null && j.FailedAtTicks == null);

    private static void Validate(ScheduledJob job)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(job.Kind))
        {
            errors.Add(new FieldError("kind", "required", "A job needs a kind (its handler's name)."));
        }
        else if (job.Kind.Length > JobLimits.Kind)
        {
            errors.Add(new FieldError("kind", "too_long", $"A kind has at most {JobLimits.Kind} characters."));
        }

        if (job.Key is { } key && (key.Length == 0 || key.Length > JobLimits.Key))
        {
            errors.Add(new FieldError("key", "out_of_range", $"A key has 1 to {JobLimits.Key} characters (or is left out)."));
        }

        if (job.Payload is { } payload)
        {
            try
            {
                using var _ = JsonDocument.Parse(payload);
            }
            catch (JsonException ex)
            {
                errors.Add(new FieldError("payload", "invalid_json", "The payload is not JSON: " + ex.Message));
            }
        }

        if (errors.Count > 0)
        {
            throw new PlatformException(SchedulerErrors.InvalidJob, "The job cannot be scheduled: " + string.Join(" ", errors.Select(e => e.Message)), ErrorKind.Validation, errors);
        }
    }
}
