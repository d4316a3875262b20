using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Agents;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Support.Processes;

namespace Platform.Core.Workflow.Tests.Runtime;

public sealed class OperationTests
{
    private WorkflowHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await WorkflowHarness.StartAsync();
        await _h.PublishFormAsync();
        await _h.PublishAsync(Chain("three", Approval("first", ApprovalMode.Single, Member(_h.Id("bob"))), Approval("second", ApprovalMode.Single, Member(_h.Id("harry"))), Approval("third", ApprovalMode.Single, Member(_h.Id("lena")))));
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task Reject_to_an_earlier_node_runs_it_again_and_later_nodes_are_no_longer_targets()
    {
        var instance = await _h.StartAsync("alice", "three");
        await _h.ApproveAsync("bob", instance.Id);
        await _h.ApproveAsync("harry", instance.Id);

        var outcome = await _h.RejectAsync("lena", instance.Id, "first");

        Assert.That(outcome.ActiveNodes, Is.EqualTo(new[] { "first" }));
        Assert.That((await _h.ItemAsync("bob", instance.Id)).NodeId, Is.EqualTo("first"));
        var error = await Drive.FailsAsync(() => _h.RejectAsync("bob", instance.Id, "second"));
        Assert.That(error.Code, Is.EqualTo("workflow.reject_target_invalid"), "second was passed before the rejection only");
    }

    [Test]
    public async Task Reject_to_a_node_never_reached_or_to_itself_is_refused_and_changes_nothing()
    {
        var instance = await _h.StartAsync("alice", "three");
        await _h.ApproveAsync("bob", instance.Id);

        var never = await Drive.FailsAsync(() => _h.RejectAsync("harry", instance.Id, "third"));
        var self = await Drive.FailsAsync(() => _h.RejectAsync("harry", instance.Id, "second"));
        var unknown = await Drive.FailsAsync(() => _h.RejectAsync("harry", instance.Id, "nowhere"));

        Assert.That(new[] { never.Code, self.Code, unknown.Code }, Is.All.EqualTo("workflow.reject_target_invalid"));
        Assert.That(never.Errors.Single().Field, Is.EqualTo("targetNodeId"));
        Assert.That((await _h.InstanceAsync(instance.Id))!.ActiveNodes, Is.EqualTo(new[] { "second" }));
        Assert.That((await _h.ItemAsync("harry", instance.Id)).State, Is.EqualTo(WorkItemState.Open));
    }

    [Test]
    public async Task Acting_on_a_work_item_you_do_not_hold_is_forbidden()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);

        var error = await Drive.FailsAsync(() => _h.ActAsync("harry", new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id }));

        Assert.That(error.Code, Is.EqualTo("workflow.not_work_item_holder"));
        Assert.That(error.Kind, Is.EqualTo(ErrorKind.Forbidden));
    }

    [Test]
    public async Task Acting_twice_on_the_same_item_is_a_conflict()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);
        await _h.ActAsync("bob", new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id });

        var error = await Drive.FailsAsync(() => _h.ActAsync("bob", new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id }));

        Assert.That(error.Code, Is.EqualTo("workflow.work_item_not_open"));
        Assert.That(error.Kind, Is.EqualTo(ErrorKind.Conflict));
    }

    [Test]
    public async Task Submitter_withdraws_while_the_next_step_is_unviewed_but_not_after_it_was_viewed()
    {
        var first = await _h.StartAsync("alice", "three");
        var outcome = await _h.ActAsync("alice", new WorkflowAction(ActionKind.Withdraw) { InstanceId = first.Id, Opinion = "typo" });
        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Returned));
        Assert.That(await _h.ToDosAsync("bob"), Is.Empty);

        var second = await _h.StartAsync("alice", "three");
        await _h.ActAsync("bob", new WorkflowAction(ActionKind.MarkViewed) { WorkItemId = (await _h.ItemAsync("bob", second.Id)).Id });
        var error = await Drive.FailsAsync(() => _h.ActAsync("alice", new WorkflowAction(ActionKind.Withdraw) { InstanceId = second.Id }));
        Assert.That(error.Code, Is.EqualTo("workflow.withdraw_not_allowed"));
        Assert.That(error.Message, Does.Contain("viewed"));
    }

    [Test]
    public async Task An_approver_withdraws_their_approval_while_the_next_step_is_unviewed()
    {
        var instance = await _h.StartAsync("alice", "three");
        await _h.ApproveAsync("bob", instance.Id);

        var outcome = await _h.ActAsync("bob", new WorkflowAction(ActionKind.Withdraw) { InstanceId = instance.Id });

        Assert.That(outcome.ActiveNodes, Is.EqualTo(new[] { "first" }));
        Assert.That(await _h.ToDosAsync("harry"), Is.Empty);
        Assert.That((await _h.ItemAsync("bob", instance.Id)).NodeId, Is.EqualTo("first"));
        var other = await Drive.FailsAsync(() => _h.ActAsync("alice", new WorkflowAction(ActionKind.Withdraw) { InstanceId = instance.Id }));
        Assert.That(other.Code, Is.EqualTo("workflow.withdraw_not_allowed"), "alice's submission is no longer the last decision");
    }

    [Test]
    public async Task Transfer_hands_the_work_over_for_good()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);

        await _h.ActAsync("bob", new WorkflowAction(ActionKind.Transfer) { WorkItemId = item.Id, MemberIds = [_h.Id("fiona")] });

        Assert.That(await _h.ToDosAsync("bob"), Is.Empty);
        Assert.That((await _h.ApproveAsync("fiona", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task Delegated_work_comes_back_to_the_holder()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);

        await _h.ActAsync("bob", new WorkflowAction(ActionKind.Delegate) { WorkItemId = item.Id, MemberIds = [_h.Id("fiona")] });
        Assert.That((await _h.ToDosAsync("bob")).Single().State, Is.EqualTo(WorkItemState.Waiting));
        var waitingError = await Drive.FailsAsync(() => _h.ActAsync("bob", new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id }));
        Assert.That(waitingError.Code, Is.EqualTo("workflow.work_item_not_open"));
        var delegated = await _h.ItemAsync("fiona", instance.Id);
        Assert.That(delegated.Kind, Is.EqualTo(WorkItemKind.Delegated));
        Assert.That((await Drive.FailsAsync(() => _h.ActAsync("fiona", new WorkflowAction(ActionKind.Reject) { WorkItemId = delegated.Id }))).Code, Is.EqualTo("workflow.action_not_allowed"));

        var handed = await _h.ApproveAsync("fiona", instance.Id, "looks fine");
        Assert.That(handed.ActiveNodes, Is.EqualTo(new[] { "first" }), "handing back does not decide");
        Assert.That((await _h.ApproveAsync("bob", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task Signers_added_before_act_first_and_the_holder_then_decides()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);

        await _h.ActAsync("bob", new WorkflowAction(ActionKind.AddSigner) { WorkItemId = item.Id, MemberIds = [_h.Id("fiona"), _h.Id("erin")], Position = SignerPosition.Before });
        await _h.ApproveAsync("fiona", instance.Id);
        Assert.That((await _h.ToDosAsync("bob")).Single().State, Is.EqualTo(WorkItemState.Waiting), "erin has not signed yet");
        await _h.ApproveAsync("erin", instance.Id);

        Assert.That((await _h.ApproveAsync("bob", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task Signers_added_after_act_once_the_holder_approved_and_the_node_waits_for_them()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);
        await _h.ActAsync("bob", new WorkflowAction(ActionKind.AddSigner) { WorkItemId = item.Id, MemberIds = [_h.Id("fiona")], Position = SignerPosition.After });
        Assert.That(await _h.ToDosAsync("fiona"), Is.Empty);

        Assert.That((await _h.ApproveAsync("bob", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "first" }));
        Assert.That((await _h.ItemAsync("fiona", instance.Id)).Kind, Is.EqualTo(WorkItemKind.AddedSigner));
        Assert.That((await _h.ApproveAsync("fiona", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task A_parallel_signer_can_be_removed_by_whoever_added_them_and_the_node_then_completes()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);
        await _h.ActAsync("bob", new WorkflowAction(ActionKind.AddSigner) { WorkItemId = item.Id, MemberIds = [_h.Id("fiona")], Position = SignerPosition.Parallel });
        Assert.That((await _h.ApproveAsync("bob", instance.Id)).ActiveNodes, Is.EqualTo(new[] { "first" }), "waits for the parallel signer");

        var stranger = await Drive.FailsAsync(() => _h.ActAsync("alice", new WorkflowAction(ActionKind.RemoveSigner) { InstanceId = instance.Id, MemberIds = [_h.Id("fiona")] }));
        Assert.That(stranger.Code, Is.EqualTo("workflow.action_not_allowed"));
        var outcome = await _h.ActAsync("bob", new WorkflowAction(ActionKind.RemoveSigner) { InstanceId = instance.Id, MemberIds = [_h.Id("fiona")] });

        Assert.That(outcome.ActiveNodes, Is.EqualTo(new[] { "second" }));
        Assert.That(await _h.ToDosAsync("fiona"), Is.Empty);
    }

    [Test]
    public async Task Urges_are_rate_limited_per_member()
    {
        var instance = await _h.StartAsync("alice", "three");

        await _h.ActAsync("alice", new WorkflowAction(ActionKind.Urge) { InstanceId = instance.Id });
        var tooSoon = await Drive.FailsAsync(() => _h.ActAsync("alice", new WorkflowAction(ActionKind.Urge) { InstanceId = instance.Id }));
        _h.Clock.Advance(TimeSpan.FromMinutes(11));
        await _h.ActAsync("alice", new WorkflowAction(ActionKind.Urge) { InstanceId = instance.Id });
        var notAllowed = await Drive.FailsAsync(() => _h.ActAsync("erin", new WorkflowAction(ActionKind.Urge) { InstanceId = instance.Id }));

        Assert.That(tooSoon.Code, Is.EqualTo("workflow.urge_rate_limited"));
        Assert.That(notAllowed.Code, Is.EqualTo("workflow.action_not_allowed"));
        Assert.That((await _h.HistoryAsync(instance.Id)).Count(h => h.Action == "urged"), Is.EqualTo(2));
    }

    [Test]
    public async Task Comments_from_participants_and_termination_by_administrators_only()
    {
        var instance = await _h.StartAsync("alice", "three");
        await _h.ActAsync("bob", new WorkflowAction(ActionKind.Comment) { InstanceId = instance.Id, Opinion = "Please attach the doctor's note." });
        var outsider = await Drive.FailsAsync(() => _h.ActAsync("leo", new WorkflowAction(ActionKind.Comment) { InstanceId = instance.Id, Opinion = "hi" }));
        var notAdmin = await Drive.FailsAsync(() => _h.ActAsync("bob", new WorkflowAction(ActionKind.Terminate) { InstanceId = instance.Id }));

        var outcome = await _h.ActAsync("carol", new WorkflowAction(ActionKind.Terminate) { InstanceId = instance.Id, Opinion = "duplicate" });

        Assert.That(outsider.Kind, Is.EqualTo(ErrorKind.Forbidden));
        Assert.That(notAdmin.Code, Is.EqualTo("workflow.administrators_only"));
        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Terminated));
        Assert.That(await _h.ToDosAsync("bob"), Is.Empty);
        var history = await _h.HistoryAsync(instance.Id);
        Assert.That(history.Single(h => h.Action == "commented").Opinion, Is.EqualTo("Please attach the doctor's note."));
        Assert.That(history.Last().Action, Is.EqualTo("terminated"));
    }

    [Test]
    public async Task A_returned_instance_can_be_cancelled_by_its_submitter()
    {
        var instance = await _h.StartAsync("alice", "three");
        var running = await Drive.FailsAsync(() => _h.ActAsync("alice", new WorkflowAction(ActionKind.Cancel) { InstanceId = instance.Id }));
        await _h.RejectAsync("bob", instance.Id);

        var outcome = await _h.ActAsync("alice", new WorkflowAction(ActionKind.Cancel) { InstanceId = instance.Id });

        Assert.That(running.Code, Is.EqualTo("workflow.action_not_allowed"));
        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Cancelled));
        Assert.That(await _h.ToDosAsync("alice"), Is.Empty);
    }

    [Test]
    public async Task An_active_agent_receives_the_work_and_history_says_on_whose_behalf()
    {
        await _h.AsAsync("carol", sp => ((IAgentService)sp.GetService(typeof(IAgentService))!).AssignAsync(
            new AssignAgent(_h.Id("bob"), _h.Id("fiona"), _h.Clock.GetUtcNow().AddDays(-1), _h.Clock.GetUtcNow().AddDays(5), null), CancellationToken.None));
        var instance = await _h.StartAsync("alice", "three");

        Assert.That(await _h.ToDosAsync("bob"), Is.Empty);
        var item = await _h.ItemAsync("fiona", instance.Id);
        Assert.That(item.OnBehalfOfId, Is.EqualTo(_h.Id("bob")));
        await _h.ApproveAsync("fiona", instance.Id);

        var approved = (await _h.HistoryAsync(instance.Id)).Single(h => h.Action == "approved");
        Assert.That(approved.ActorId, Is.EqualTo(_h.Id("fiona")));
        Assert.That(approved.OnBehalfOfId, Is.EqualTo(_h.Id("bob")));
    }

    [Test]
    public async Task An_idempotency_key_makes_a_retried_action_a_replay()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);
        var action = new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id, IdempotencyKey = "k-1" };

        var first = await _h.ActAsync("bob", action);
        var again = await _h.ActAsync("bob", action);
        var reused = await Drive.FailsAsync(() => _h.ActAsync("bob", new WorkflowAction(ActionKind.Urge) { InstanceId = instance.Id, IdempotencyKey = "k-1" }));

        Assert.That(first.Replayed, Is.False);
        Assert.That(again.Replayed, Is.True);
        Assert.That(again.Revision, Is.EqualTo(first.Revision));
        Assert.That((await _h.HistoryAsync(instance.Id)).Count(h => h.Action == "approved"), Is.EqualTo(1));
        Assert.That(reused.Code, Is.EqualTo("workflow.idempotency_key_reused"));
    }

    [Test]
    public async Task A_stale_expected_revision_is_a_conflict()
    {
        var instance = await _h.StartAsync("alice", "three");
        var item = await _h.ItemAsync("bob", instance.Id);

        var error = await Drive.FailsAsync(() => _h.ActAsync("bob", new WorkflowAction(ActionKind.Approve) { WorkItemId = item.Id, ExpectedRevision = instance.Revision + 5 }));

        Assert.That(error.Code, Is.EqualTo("workflow.conflict"));
    }
}
