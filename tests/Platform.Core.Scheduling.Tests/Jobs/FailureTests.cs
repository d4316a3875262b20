using Platform.Contracts.Scheduling;
using Platform.Core.Scheduling.Tests.Support;

namespace Platform.Core.Scheduling.Tests.Jobs;

/// <summary>A failing handler's work is rolled back and retried after a backoff, then the job is given up; unknown kinds fail at once.</summary>
public sealed class FailureTests
{
    [Test]
    public async Task A_failing_handler_is_rolled_back_and_retried_after_the_backoff()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        harness.Probe.FailuresLeft = 1;
        var id = await harness.ScheduleAsync(new ScheduledJob("probe.fail", SchedulerHarness.Start) { Key = "k" });

        Assert.That(await harness.RunDueAsync(), Is.Zero);
        var rows = await harness.RowsAsync();
        Assert.That(rows.Select(r => r.Kind), Is.EqualTo(new[] { "probe.fail" }), "the follow-up the handler wrote was rolled back");
        var job = rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(job.FiredAtTicks, Is.Null, "the claim was rolled back with the work");
            Assert.That(job.Attempts, Is.EqualTo(1));
            Assert.That(job.LastError, Does.Contain("attempt 1 broke"));
            Assert.That(job.DueAtTicks, Is.EqualTo(SchedulerHarness.Start.AddMinutes(1).UtcTicks), "1 minute × 1 attempt");
        });

        harness.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.That(await harness.RunDueAsync(), Is.Zero, "still backing off");
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await harness.RunDueAsync(), Is.EqualTo(1));

        rows = await harness.RowsAsync();
        Assert.That(rows.Single(r => r.Id == id).FiredAtTicks, Is.Not.Null);
        Assert.That(rows.Single(r => r.Kind == "probe.followup").Key, Is.EqualTo(id + "-2"), "the successful attempt's writes committed with it");
        Assert.That(harness.Probe.Handled.Single().Job.Attempt, Is.EqualTo(2));
    }

    [Test]
    public async Task A_job_that_keeps_failing_is_marked_failed_after_the_configured_attempts()
    {
        await using var harness = await SchedulerHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Modules:scheduler:MaxAttempts"] = "3",
            ["Modules:scheduler:RetryBackoff"] = "00:00:10",
        });
        harness.Probe.FailuresLeft = 100;
        await harness.ScheduleAsync(new ScheduledJob("probe.fail", SchedulerHarness.Start));

        for (var i = 0; i < 5; i++)
        {
            await harness.RunDueAsync();
            harness.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var job = (await harness.RowsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(job.Attempts, Is.EqualTo(3));
            Assert.That(job.FailedAtTicks, Is.EqualTo(SchedulerHarness.Start.AddMinutes(2).UtcTicks));
            Assert.That(job.FiredAtTicks, Is.Null);
            Assert.That(job.LastError, Does.Contain("attempt 3 broke"));
            Assert.That(harness.Probe.FailuresLeft, Is.EqualTo(97), "no attempt after giving up");
        });
    }

    [Test]
    public async Task A_job_of_a_kind_nobody_handles_is_marked_failed_with_the_reason()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        await harness.ScheduleAsync(new ScheduledJob("news.publish", SchedulerHarness.Start));

        Assert.That(await harness.RunDueAsync(), Is.Zero);

        var job = (await harness.RowsAsync()).Single();
        Assert.That(job.FailedAtTicks, Is.Not.Null);
        Assert.That(job.LastError, Is.EqualTo("No installed module handles jobs of kind 'news.publish'."));
        Assert.That(await harness.RunDueAsync(), Is.Zero);
    }
}
