using Platform.Contracts.Errors;
using Platform.Contracts.Scheduling;
using Platform.Core.Scheduling.Tests.Support;

namespace Platform.Core.Scheduling.Tests.Jobs;

/// <summary>Jobs fire once, when due, as the system user, and survive a restart.</summary>
public sealed class FiringTests
{
    [Test]
    public async Task A_job_fires_once_when_due_and_not_before()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        var id = await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddMinutes(10)) { Key = "item-1", Payload = """{"workItemId":"item-1"}""" });

        harness.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.That(await harness.RunDueAsync(), Is.Zero, "not yet due");
        Assert.That(harness.Probe.Handled, Is.Empty);

        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await harness.RunDueAsync(), Is.EqualTo(1));
        Assert.That(await harness.RunDueAsync(), Is.Zero, "already fired");

        var (job, user) = harness.Probe.Handled.Single();
        Assert.Multiple(() =>
        {
            Assert.That(job.Id, Is.EqualTo(id));
            Assert.That(job.Key, Is.EqualTo("item-1"));
            Assert.That(job.Attempt, Is.EqualTo(1));
            Assert.That(job.DueAt, Is.EqualTo(SchedulerHarness.Start.AddMinutes(10)));
            Assert.That(job.ReadPayload<Payload>()!.WorkItemId, Is.EqualTo("item-1"));
            Assert.That(user, Is.EqualTo(ScheduledJobContext.SystemUserId), "handlers run as the system user");
        });
        var row = (await harness.RowsAsync()).Single();
        Assert.That(row.FiredAtTicks, Is.EqualTo(harness.Clock.GetUtcNow().UtcTicks));
    }

    [Test]
    public async Task Due_jobs_run_soonest_first()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddMinutes(3)) { Key = "c" });
        await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddMinutes(1)) { Key = "a" });
        await harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddMinutes(2)) { Key = "b" });
        harness.Clock.Advance(TimeSpan.FromHours(1));

        Assert.That(await harness.RunDueAsync(), Is.EqualTo(3));
        Assert.That(harness.Probe.Handled.Select(h => h.Job.Key), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public async Task A_scheduled_job_survives_a_restart_and_fires_once()
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-scheduler-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = await SchedulerHarness.StartAsync(directory))
            {
                await first.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddHours(1)) { Key = "publish-7" });
            }

            await using (var second = await SchedulerHarness.StartAsync(directory))
            {
                second.Clock.Advance(TimeSpan.FromHours(2));
                Assert.That(await second.RunDueAsync(), Is.EqualTo(1));
                Assert.That(second.Probe.Handled.Single().Job.Key, Is.EqualTo("publish-7"));
            }

            await using (var third = await SchedulerHarness.StartAsync(directory))
            {
                third.Clock.Advance(TimeSpan.FromHours(3));
                Assert.That(await third.RunDueAsync(), Is.Zero, "fired before the restart");
                Assert.That(third.Probe.Handled, Is.Empty);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task Two_pollers_racing_over_the_same_due_jobs_run_each_exactly_once()
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-scheduler-tests", Guid.NewGuid().ToString("N"));
        var probe = new Probe { During = () => Task.Delay(2) };
        try
        {
            await using var one = await SchedulerHarness.StartAsync(directory, probe);
            await using var two = await SchedulerHarness.StartAsync(directory, probe);
            var ids = new List<string>();
            for (var i = 0; i < 40; i++)
            {
                ids.Add(await (i % 2 == 0 ? one : two).ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start.AddSeconds(i)) { Key = "job-" + i }));
            }

            one.Clock.Advance(TimeSpan.FromMinutes(5));
            two.Clock.Advance(TimeSpan.FromMinutes(5));
            var runs = await Task.WhenAll(Task.Run(one.RunDueAsync), Task.Run(two.RunDueAsync));

            Assert.Multiple(() =>
            {
                Assert.That(probe.Handled.Select(h => h.Job.Id), Is.EquivalentTo(ids), "every job once, none twice");
                Assert.That(runs.Sum(), Is.EqualTo(ids.Count));
            });
            Assert.That(await one.RunDueAsync() + await two.RunDueAsync(), Is.Zero);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task A_job_with_a_payload_that_is_not_json_is_refused()
    {
        await using var harness = await SchedulerHarness.StartAsync();

        var ex = Assert.ThrowsAsync<PlatformException>(() => harness.ScheduleAsync(new ScheduledJob("probe.record", SchedulerHarness.Start) { Payload = "{not json" }));

        Assert.That(ex!.Code, Is.EqualTo("scheduler.invalid_job"));
        Assert.That(ex.Errors.Select(e => e.Field), Is.EqualTo(new[] { "payload" }));
        Assert.That(await harness.RowsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_job_without_a_kind_is_refused()
    {
        await using var harness = await SchedulerHarness.StartAsync();

        var ex = Assert.ThrowsAsync<PlatformException>(() => harness.ScheduleAsync(new ScheduledJob(" ", SchedulerHarness.Start)));

        Assert.That(ex!.Errors.Select(e => e.Field), Is.EqualTo(new[] { "kind" }));
    }

    private sealed record Payload(string WorkItemId);
}
