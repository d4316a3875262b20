namespace Platform.Contracts.Scheduling;

/// <summary>
/// A piece of work to run once at a given moment, durably: it survives restarts and runs on exactly one node.
/// </summary>
/// <param name="Kind">
/// The handler's name (<see cref="IScheduledJobHandler.Kind"/>), prefixed with the owning module's id, e.g.
/// <c>workflow.deadline</c> or <c>news.publish</c>.
/// </param>
/// <param name="DueAt">When the job becomes due; a moment in the past makes it due at once.</param>
public sealed record ScheduledJob(string Kind, DateTimeOffset DueAt)
{
    /// <summary>
    /// Optional key naming what the job is about (a work item id, an article id). At most one pending job exists per
    /// kind and key: scheduling again with the same key replaces the pending one (reschedules), and
    /// <see cref="IScheduler.CancelAsync"/> cancels by it.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>Optional JSON text handed to the handler (<see cref="ScheduledJobContext.Payload"/>); must be valid JSON.</summary>
    public string? Payload { get; init; }
}
