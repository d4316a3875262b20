using Platform.Contracts.Scheduling;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Runtime;

namespace Platform.Core.Workflow.Timers;

/// <summary>
/// Keeps each work item's durable timers in step with it: a deadline job (and a reminder before it) when an item with a
/// due time opens, both cancelled when it closes. Jobs are written in the action's unit of work, so they exist exactly
/// when the action committed.
/// </summary>
internal sealed class DeadlineTimers(Deferred<IScheduler> scheduler)
{
    public const string Deadline = "workflow.deadline";
    public const string Reminder = "workflow.reminder";
    public const string Urge = "workflow.urge";

    public async Task ApplyAsync(InstanceSession session, CancellationToken cancellationToken)
    {
        foreach (var item in session.Opened)
        {
            if (item.DueAtTicks is not { } dueTicks || session.Closed.Contains(item))
            {
                continue;
            }

            var due = new DateTimeOffset(dueTicks, TimeSpan.Zero);
            await scheduler.Value.ScheduleAsync(new ScheduledJob(Deadline, due) { Key = item.Id }, cancellationToken);
            if (session.Graph.HasNode(item.NodeId) && session.Graph.Node(item.NodeId).Approval?.OnTimeout?.RemindBefore is { } before)
            {
                var at = due - ClockLength(before);
                if (at > session.Now)
                {
                    await scheduler.Value.ScheduleAsync(new ScheduledJob(Reminder, at) { Key = item.Id }, cancellationToken);
                }
            }
        }

        foreach (var item in session.Closed)
        {
            if (item.DueAtTicks is not null)
            {
                await scheduler.Value.CancelAsync(Deadline, item.Id, cancellationToken);
                await scheduler.Value.CancelAsync(Reminder, item.Id, cancellationToken);
                await scheduler.Value.CancelAsync(Urge, item.Id, cancellationToken);
            }
        }

        session.Opened.Clear();
        session.Closed.Clear();
    }

    /// <summary>A duration as clock time (working units count as plain hours and days: reminders are approximate on purpose).</summary>
    public static TimeSpan ClockLength(Duration duration) => duration.Unit switch
    {
        DurationUnit.Minutes => TimeSpan.FromMinutes(duration.Amount),
        DurationUnit.Hours or DurationUnit.WorkingHours => TimeSpan.FromHours(duration.Amount),
        _ => TimeSpan.FromDays(duration.Amount),
    };
}
