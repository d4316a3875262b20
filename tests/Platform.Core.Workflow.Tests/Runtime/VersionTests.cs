using System.Text.Json.Nodes;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Workflow.Definitions;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Support.Processes;

namespace Platform.Core.Workflow.Tests.Runtime;

public sealed class VersionTests
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

    [Test]
    public async Task Running_instances_stay_on_their_version_and_migrate_only_when_told()
    {
        await _h.PublishAsync(Chain("v", Approval("a", ApprovalMode.Single, Member(_h.Id("bob"))), Approval("b", ApprovalMode.Single, Member(_h.Id("harry")))));
        var old = await _h.StartAsync("alice", "v");
        await _h.PublishAsync(Chain("v", Approval("a2", ApprovalMode.Single, Member(_h.Id("lena")))));
        var fresh = await _h.StartAsync("alice", "v");

        Assert.That(old.Version, Is.EqualTo(1));
        Assert.That(fresh.Version, Is.EqualTo(2));
        Assert.That((await _h.ApproveAsync("bob", old.Id)).ActiveNodes, Is.EqualTo(new[] { "b" }), "still version 1");

        var missing = await Drive.FailsAsync(() => _h.WithAsync<IWorkflowRuntime, InstanceSummary>("carol", r => r.MigrateAsync(new MigrateInstance(old.Id, 2, new Dictionary<string, string>()), CancellationToken.None)));
        Assert.That(missing.Code, Is.EqualTo("workflow.migration_invalid"));
        Assert.That(missing.Errors.Select(e => e.Field), Does.Contain("nodeMapping.b"));
        var notAdmin = await Drive.FailsAsync(() => _h.WithAsync<IWorkflowRuntime, InstanceSummary>("bob", r => r.MigrateAsync(new MigrateInstance(old.Id, 2, new Dictionary<string, string> { ["b"] = "a2" }), CancellationToken.None)));
        Assert.That(notAdmin.Code, Is.EqualTo("workflow.administrators_only"));

        var migrated = await _h.WithAsync<IWorkflowRuntime, InstanceSummary>("carol", r => r.MigrateAsync(new MigrateInstance(old.Id, 2, new Dictionary<string, string> { ["b"] = "a2" }), CancellationToken.None));

        Assert.That(migrated.Version, Is.EqualTo(2));
        Assert.That(migrated.ActiveNodes, Is.EqualTo(new[] { "a2" }));
        var moved = await _h.ItemAsync("harry", old.Id);
        Assert.That(moved.NodeId, Is.EqualTo("a2"), "the open work keeps its holder and moves to the mapped node");
        Assert.That((await _h.ApproveAsync("harry", old.Id)).Status, Is.EqualTo(InstanceStatus.Approved));
    }

    [Test]
    public async Task Form_changes_with_an_approval_follow_the_node_profile_and_are_atomic_with_it()
    {
        var review = Approval("review", ApprovalMode.Single, Member(_h.Id("bob"))) with
        {
            FormProfile = new FieldPermissionProfile(new Dictionary<string, FieldAccess> { ["comment"] = FieldAccess.Required }, FieldAccess.ReadOnly),
        };
        await _h.PublishAsync(Chain("form", review));
        var instance = await _h.StartAsync("alice", "form");
        var record = await _h.WithAsync<IFormRecords, FormRecord?>("bob", r => r.FindAsync(instance.RecordId!, null, CancellationToken.None));
        var item = await _h.ItemAsync("bob", instance.Id);

        var readOnly = await Drive.FailsAsync(() => _h.ActAsync("bob", new WorkflowAction(ActionKind.Approve)
        {
            WorkItemId = item.Id, Data = new JsonObject { ["days"] = 20, ["comment"] = "ok" }, RecordRevision = record!.Revision,
        }));
        Assert.That((await _h.ItemAsync("bob", instance.Id)).State, Is.EqualTo(WorkItemState.Open), "the failed approval changed nothing");
        Assert.That(readOnly.Errors.Select(e => e.Field), Does.Contain("days"));

        var outcome = await _h.ActAsync("bob", new WorkflowAction(ActionKind.Approve)
        {
            WorkItemId = item.Id, Data = new JsonObject { ["comment"] = "approved, enjoy" }, RecordRevision = record!.Revision,
        });

        Assert.That(outcome.Status, Is.EqualTo(InstanceStatus.Approved));
        var saved = await _h.WithAsync<IFormRecords, FormRecord?>("bob", r => r.FindAsync(instance.RecordId!, null, CancellationToken.None));
        Assert.That(saved!.Data["comment"]!.GetValue<string>(), Is.EqualTo("approved, enjoy"));
        Assert.That(saved.Data["days"]!.GetValue<decimal>(), Is.EqualTo(2m));
    }

    [Test]
    public async Task A_condition_on_form_data_chooses_the_branch()
    {
        await _h.PublishAsync(new ProcessDefinition
        {
            Key = "branch",
            Name = "Branch",
            FormKey = FormKey,
            Nodes =
            [
                Start,
                new NodeDefinition { Id = "x", Name = "Days?", Type = NodeType.Exclusive },
                Approval("long", ApprovalMode.Single, Member(_h.Id("carol"))),
                Approval("short", ApprovalMode.Single, Member(_h.Id("bob"))),
                End,
            ],
            Flows =
            [
                Flow("start", "x"), Flow("x", "long", "days > 3"), Flow("x", "short", isDefault: true), Flow("long", "end"), Flow("short", "end"),
            ],
        });

        var shortLeave = await _h.StartAsync("alice", "branch", new JsonObject { ["days"] = 2 });
        var longLeave = await _h.StartAsync("alice", "branch", new JsonObject { ["days"] = 5 });

        Assert.That(shortLeave.ActiveNodes, Is.EqualTo(new[] { "short" }));
        Assert.That(longLeave.ActiveNodes, Is.EqualTo(new[] { "long" }));
    }

    [Test]
    public async Task A_sub_process_runs_on_the_same_record_and_its_approval_continues_the_parent()
    {
        await _h.PublishAsync(Chain("child", Approval("legal", ApprovalMode.Single, Member(_h.Id("lena")))));
        await _h.PublishAsync(Chain("parent",
            new NodeDefinition { Id = "sub", Name = "Legal review", Type = NodeType.SubProcess, SubProcessKey = "child" },
            Approval("final", ApprovalMode.Single, Member(_h.Id("carol")))));
        var parent = await _h.StartAsync("alice", "parent");

        Assert.That(parent.ActiveNodes, Is.EqualTo(new[] { "sub" }));
        var legal = await _h.ItemAsync("lena", parent.Id.Length > 0 ? (await _h.ToDosAsync("lena")).Single().InstanceId : "");
        Assert.That(legal.ProcessKey, Is.EqualTo("child"));
        await _h.ApproveAsync("lena", legal.InstanceId);

        Assert.That((await _h.InstanceAsync(legal.InstanceId))!.Status, Is.EqualTo(InstanceStatus.Approved));
        Assert.That((await _h.InstanceAsync(parent.Id))!.ActiveNodes, Is.EqualTo(new[] { "final" }));
    }
}
