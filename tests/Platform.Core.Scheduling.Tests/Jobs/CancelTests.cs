using Platform.Contracts.Scheduling;
using Platform.Core.Scheduling.Tests.Support;

namespace Platform.Core.Scheduling.Tests.Jobs;

/// <summary>Jobs are cancelled and rescheduled by kind and key.</summary>
public sealed class CancelTests
{
    [Test]
    public async Task Cancelling_by_kind_and_key_removes_only_that_pending_job()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddMinutes(5)) { Key = "item-1" });
        await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddMinutes(5)) { Key = "item-2" });
        await harness.ScheduleAsync(new ScheduledJob("probe.fail", SchedulerHarness.Start.AddMinutes(5)) { Key = "item-1" });

        Assert.That(await harness.CancelAsync("probe.record", "item-1"), Is.EqualTo(1));
        Assert.That(await harness.CancelAsync("probe.record", "item-1"), Is.Zero);

        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await harness.RunDueAsync();
        Assert.That(harness.Probe.Handled.Select(h => (h.Job.Kind, h.Job.Key)), Is.EquivalentTo(new[] { ("probe.record", "item-2"), ("probe.fail", "item-1") }));
    }

    [Test]
    public async Task Cancelling_a_job_that_already_fired_changes_nothing()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start) { Key = "item-1" });
        await harness.RunDueAsync();

        Assert.That(await harness.CancelAsync("probe.record", "item-1"), Is.Zero);
        Assert.That((await harness.RowsAsync()).Single().FiredAtTicks, Is.Not.Null);
    }

    [Test]
    public async Task Scheduling_again_with_the_same_key_reschedules()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddMinutes(5)) { Key = "item-1" });
        var moved = await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddMinutes(30)) { Key = "item-1" });

        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.That(await harness.RunDueAsync(), Is.Zero, "the earlier time was replaced");
        harness.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.That(await harness.RunDueAsync(), Is.EqualTo(1));
        Assert.That(harness.Probe.Handled.Single().Job.Id, Is.EqualTo(moved));
        Assert.That(await harness.RowsAsync(), Has.Count.EqualTo(1));
    }
}
