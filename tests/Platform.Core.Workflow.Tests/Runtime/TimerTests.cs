using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Scheduling.Running;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Support.Processes;

namespace Platform.Core.Workflow.Tests.Runtime;

/// <summary>Deadlines become durable jobs in the action's transaction and fire once — also after a restart.</summary>
public sealed class TimerTests
{
    private static NodeDefinition WithDeadline(NodeDefinition node, TimeoutBehavior timeout) =>
        node with { Approval = node.Approval! with { Deadline = new Duration(1, DurationUnit.WorkingDays), OnTimeout = timeout } };

    [Test]
    public async Task A_deadline_auto_approves_once_across_a_restart()
    {
        string directory;
        string instanceId;
        DateTimeOffset due;
        await using (var first = await WorkflowHarness.StartAsync())
        {
            first.KeepFiles = true;
            directory = first.Directory;
            await first.PublishFormAsync();
            await first.PublishAsync(Chain("timed",
                WithDeadline(Approval("a", ApprovalMode.Single, Member(first.Id("bob"))), new TimeoutBehavior { Action = TimeoutAction.AutoApprove }),
                Approval("b", ApprovalMode.Single, Member(first.Id("harry")))));
            var instance = await first.StartAsync("alice", "timed");
            instanceId = instance.Id;
            due = (await first.ItemAsync("bob", instance.Id)).DueAt!.Value;
            Assert.That(due, Is.GreaterThan(first.Clock.GetUtcNow()));
            Assert.That(await RunDueAsync(first, first.Clock.GetUtcNow()), Is.Zero, "not due yet");
        }

        await using var second = await WorkflowHarness.StartAsync(directory: directory, clock: new FakeTimeProvider(due.AddMinutes(1)));
        try
        {
            Assert.That(await RunDueAsync(second, second.Clock.GetUtcNow()), Is.EqualTo(1));
            Assert.That(await RunDueAsync(second, second.Clock.GetUtcNow().AddHours(1)), Is.Zero, "fires once");

            var instanceNow = await second.InstanceAsync(instanceId);
            Assert.That(instanceNow!.ActiveNodes, Is.EqualTo(new[] { "b" }));
            var history = await second.HistoryAsync(instanceId);
            Assert.That(history.Count(h => h.Action == "overdue"), Is.EqualTo(1));
            var approved = history.Single(h => h.Action == "approved");
            Assert.That(approved.ActorId, Is.EqualTo("system"));
            Assert.That(approved.Opinion, Does.Contain("deadline"));
        }
        finally
        {
            second.KeepFiles = false;
        }
    }

    [Test]
    public async Task Escalation_transfers_overdue_work_and_a_closed_item_cancels_its_jobs()
    {
        await using var h = await WorkflowHarness.StartAsync();
        await h.PublishFormAsync();
        await h.PublishAsync(Chain("escalate",
            WithDeadline(Approval("a", ApprovalMode.Single, Member(h.Id("henry"))), new TimeoutBehavior { Action = TimeoutAction.Escalate, EscalateToRole = "department_head" })));
        var late = await h.StartAsync("alice", "escalate");
        var prompt = await h.StartAsync("alice", "escalate");
        await h.ApproveAsync("henry", prompt.Id);

        h.Clock.Advance(TimeSpan.FromDays(7));
        Assert.That(await RunDueAsync(h, h.Clock.GetUtcNow()), Is.EqualTo(1), "only the late item's deadline is left");

        var escalated = await h.ItemAsync("harry", late.Id);
        Assert.That(escalated.NodeId, Is.EqualTo("a"), "henry's department head takes over");
        Assert.That((await h.ItemsAsync(late.Id)).Single(i => i.AssigneeId == h.Id("henry")).Outcome, Is.EqualTo("escalated"));
        Assert.That((await h.InstanceAsync(prompt.Id))!.Status, Is.EqualTo(InstanceStatus.Approved));
    }

    private static async Task<int> RunDueAsync(WorkflowHarness h, DateTimeOffset now) =>
        await h.Services.GetRequiredService<JobRunner>().RunDueAsync(now, CancellationToken.None);
}
