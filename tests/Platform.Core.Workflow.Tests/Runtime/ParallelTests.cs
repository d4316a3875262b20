using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Support.Processes;

namespace Platform.Core.Workflow.Tests.Runtime;

/// <summary>
/// start → prep (bob) → split → [ finance: fiona ] [ hr: harry → henry ] → join → final (carol) → end.
/// </summary>
public sealed class ParallelTests
{
    private WorkflowHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await WorkflowHarness.StartAsync();
        await _h.PublishFormAsync();
        NodeDefinition[] nodes =
        [
            Start,
            Approval("prep", ApprovalMode.Single, Member(_h.Id("bob"))),
            new() { Id = "split", Name = "Split", Type = NodeType.ParallelSplit },
            Approval("finance", ApprovalMode.Single, Member(_h.Id("fiona"))),
            Approval("hr", ApprovalMode.Single, Member(_h.Id("harry"))),
            Approval("hr2", ApprovalMode.Single, Member(_h.Id("henry"))),
            new() { Id = "join", Name = "Join", Type = NodeType.ParallelJoin },
            Approval("final", ApprovalMode.Single, Member(_h.Id("carol"))),
            End,
        ];
        await _h.PublishAsync(new ProcessDefinition
        {
            Key = "parallel",
            Name = "Parallel",
            FormKey = FormKey,
            Nodes = nodes,
            Flows =
            [
                Flow("start", "prep"), Flow("prep", "split"), Flow("split", "finance"), Flow("split", "hr"), Flow("hr", "hr2"),
                Flow("finance", "join"), Flow("hr2", "join"), Flow("join", "final"), Flow("final", "end"),
            ],
        });
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private async Task<InstanceSummary> AtBranchesAsync()
    {
        var instance = await _h.StartAsync("alice", "parallel");
        await _h.ApproveAsync("bob", instance.Id);
        return instance;
    }

    [Test]
    public async Task Both_branches_must_arrive_before_the_join_moves_on()
    {
        var instance = await AtBranchesAsync();
        Assert.That((await _h.InstanceAsync(instance.Id))!.ActiveNodes, Is.EquivalentTo(new[] { "finance", "hr" }));

        await _h.ApproveAsync("fiona", instance.Id);
        await _h.ApproveAsync("harry", instance.Id);
        Assert.That(await _h.ToDosAsync("carol"), Is.Empty);
        var outcome = await _h.ApproveAsync("henry", instance.Id);

        Assert.That(outcome.ActiveNodes, Is.EqualTo(new[] { "final" }));
        Assert.That((await _h.ApproveAsync("carol", instance.Id)).Status, Is.EqualTo(InstanceStatus.Approved));
    }

    [Test]
    public async Task Rejecting_within_a_branch_reruns_only_that_branch()
    {
        var instance = await AtBranchesAsync();
        await _h.ApproveAsync("fiona", instance.Id);
        await _h.ApproveAsync("harry", instance.Id);

        var outcome = await _h.RejectAsync("henry", instance.Id, "hr");

        Assert.That(outcome.ActiveNodes, Is.EqualTo(new[] { "hr" }), "finance already arrived at the join and stays there");
        await _h.ApproveAsync("harry", instance.Id);
        Assert.That((await _h.ApproveAsync("henry", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "final" }));
    }

    [Test]
    public async Task Rejecting_to_a_node_before_the_split_cancels_every_branch()
    {
        var instance = await AtBranchesAsync();
        await _h.ApproveAsync("fiona", instance.Id);

        var outcome = await _h.RejectAsync("harry", instance.Id, "prep");

        Assert.That(outcome.ActiveNodes, Is.EqualTo(new[] { "prep" }));
        Assert.That(await _h.ToDosAsync("harry"), Is.Empty);
        await _h.ApproveAsync("bob", instance.Id);
        Assert.That((await _h.InstanceAsync(instance.Id))!.ActiveNodes, Is.EquivalentTo(new[] { "finance", "hr" }), "finance must approve again: its earlier arrival was cancelled");
    }

    [Test]
    public async Task Rejecting_into_a_sibling_branch_is_refused()
    {
        var instance = await AtBranchesAsync();
        await _h.ApproveAsync("harry", instance.Id);

        var error = await Drive.FailsAsync(() => _h.RejectAsync("fiona", instance.Id, "hr"));

        Assert.That(error.Code, Is.EqualTo("workflow.reject_target_invalid"));
        Assert.That(error.Message, Does.Contain("another parallel branch"));
    }

    [Test]
    public async Task Rejecting_to_the_start_from_a_branch_returns_the_whole_instance()
    {
        var instance = await AtBranchesAsync();

        var outcome = await _h.RejectAsync("fiona", instance.Id);

        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Returned));
        Assert.That(await _h.ToDosAsync("harry"), Is.Empty);
    }
}
