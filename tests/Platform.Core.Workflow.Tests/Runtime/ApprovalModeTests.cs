using System.Text.Json.Nodes;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Support.Processes;

namespace Platform.Core.Workflow.Tests.Runtime;

public sealed class ApprovalModeTests
{
    private WorkflowHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await WorkflowHarness.StartAsync();
        await _h.PublishFormAsync();
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private AssigneeRule[] Three => [Member(_h.Id("bob")), Member(_h.Id("harry")), Member(_h.Id("lena"))];

    [Test]
    public async Task Single_approval_by_the_relative_department_head_moves_on_to_the_next_node()
    {
        await _h.PublishAsync(Chain("single",
            Approval("head", ApprovalMode.Single, new AssigneeRule { Kind = AssigneeKind.RelativeRole, Value = "department_head" }),
            Approval("final", ApprovalMode.Single, Member(_h.Id("carol")))));
        var instance = await _h.StartAsync("alice", "single");

        Assert.That(instance.ActiveNodes, Is.EqualTo(new[] { "head" }));
        var outcome = await _h.ApproveAsync("bob", instance.Id);
        Assert.That(outcome.ActiveNodes, Is.EqualTo(new[] { "final" }));
        outcome = await _h.ApproveAsync("carol", instance.Id);

        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Approved));
        Assert.That(await _h.ToDosAsync("bob"), Is.Empty);
        var actions = (await _h.HistoryAsync(instance.Id)).Select(h => h.Action).ToList();
        Assert.That(actions, Is.EqualTo(new[] { "started", "assigned", "approved", "assigned", "approved", "completed" }));
    }

    [Test]
    public async Task Any_one_first_approval_completes_the_node_and_cancels_the_others()
    {
        await _h.PublishAsync(Chain("anyone", Approval("a", ApprovalMode.AnyOne, Three)));
        var instance = await _h.StartAsync("alice", "anyone");

        var outcome = await _h.ApproveAsync("harry", instance.Id);

        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Approved));
        var items = await _h.ItemsAsync(instance.Id);
        Assert.That(items.Single(i => i.AssigneeId == _h.Id("harry")).Outcome, Is.EqualTo("approved"));
        Assert.That(items.Where(i => i.AssigneeId != _h.Id("harry")).Select(i => i.State), Is.All.EqualTo(WorkItemState.Cancelled));
    }

    [Test]
    public async Task All_needs_every_approval_and_one_rejection_returns_to_the_start()
    {
        await _h.PublishAsync(Chain("all", Approval("cs", ApprovalMode.All, Three)));
        var instance = await _h.StartAsync("alice", "all");

        Assert.That((await _h.ApproveAsync("bob", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "cs" }));
        Assert.That((await _h.ApproveAsync("lena", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "cs" }));
        var outcome = await _h.RejectAsync("harry", instance.Id);

        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Returned));
        var resubmit = await _h.ItemAsync("alice", instance.Id);
        Assert.That(resubmit.Kind, Is.EqualTo(WorkItemKind.Resubmit));

        outcome = await _h.ApproveAsync("alice", instance.Id, "fixed");
        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Running));
        foreach (var login in new[] { "bob", "harry", "lena" })
        {
            outcome = await _h.ApproveAsync(login, instance.Id);
        }

        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Approved));
    }

    [Test]
    public async Task Count_completes_after_enough_approvals_and_rejects_when_approval_becomes_impossible()
    {
        var node = Approval("c", ApprovalMode.Count, Three);
        await _h.PublishAsync(Chain("count", node with { Approval = node.Approval! with { Count = 2 } }));

        var first = await _h.StartAsync("alice", "count");
        await _h.ApproveAsync("bob", first.Id);
        Assert.That((await _h.ApproveAsync("lena", first.Id)).Status, Is.EqualTo(InstanceStatus.Approved));
        Assert.That(await _h.ToDosAsync("harry"), Is.Empty, "the third vote is no longer needed");

        var second = await _h.StartAsync("alice", "count");
        Assert.That((await _h.RejectAsync("bob", second.Id)).Status, Is.EqualTo(InstanceStatus.Running), "one rejection leaves 2 of 2 possible");
        Assert.That((await _h.RejectAsync("lena", second.Id)).Status, Is.EqualTo(InstanceStatus.Returned), "now 2 approvals are impossible");
    }

    [Test]
    public async Task Ratio_with_an_early_reject_threshold()
    {
        var node = Approval("r", ApprovalMode.Ratio, Three);
        await _h.PublishAsync(Chain("ratio", node with { Approval = node.Approval! with { Ratio = 0.6m, RejectThreshold = 1 } }));

        var first = await _h.StartAsync("alice", "ratio");
        await _h.ApproveAsync("bob", first.Id);
        Assert.That((await _h.ApproveAsync("harry", first.Id)).Status, Is.EqualTo(InstanceStatus.Approved), "2 of 3 ≥ 60 %");

        var second = await _h.StartAsync("alice", "ratio");
        Assert.That((await _h.RejectAsync("lena", second.Id)).Status, Is.EqualTo(InstanceStatus.Returned), "threshold 1 rejects at once");
    }

    [Test]
    public async Task Sequential_assigns_one_after_another_in_rule_order()
    {
        await _h.PublishAsync(Chain("seq", Approval("s", ApprovalMode.Sequential, Three)));
        var instance = await _h.StartAsync("alice", "seq");

        Assert.That(await _h.ToDosAsync("harry"), Is.Empty);
        await _h.ApproveAsync("bob", instance.Id);
        Assert.That(await _h.ToDosAsync("lena"), Is.Empty);
        await _h.ApproveAsync("harry", instance.Id);
        Assert.That((await _h.ApproveAsync("lena", instance.Id)).Status, Is.EqualTo(InstanceStatus.Approved));
    }

    [Test]
    public async Task Cross_department_countersign_assigns_each_listed_department_head()
    {
        await _h.PublishAsync(Chain("cross", new NodeDefinition
        {
            Id = "cs",
            Name = "Countersign",
            Type = NodeType.Approval,
            Approval = new ApprovalSettings
            {
                Mode = ApprovalMode.All,
                Assignees = [new AssigneeRule { Kind = AssigneeKind.RolePerDepartmentField, Value = "department_head", Field = "depts.dept", Relative = RelativeScope.Self }],
            },
        }));
        var departments = new[] { _h.DepartmentOf("harry"), _h.DepartmentOf("lena") };
        var data = new JsonObject
        {
            ["days"] = 1,
            ["depts"] = new JsonArray(departments.Select(d => (JsonNode?)new JsonObject { ["dept"] = d }).ToArray()),
        };

        var instance = await _h.StartAsync("alice", "cross", data);

        var holders = (await _h.ItemsAsync(instance.Id)).Where(i => i.State == WorkItemState.Open).Select(i => i.AssigneeId);
        Assert.That(holders, Is.EquivalentTo(new[] { _h.Id("harry"), _h.Id("lena") }));
    }
}
