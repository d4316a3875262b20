using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Tests.Support;
using static Platform.Core.Workflow.Tests.Definitions.CheckSupport;

namespace Platform.Core.Workflow.Tests.Definitions;

/// <summary>Node settings against the organization and the form: assignees, modes, deadlines, timeouts, notify, sub-processes, profiles.</summary>
public sealed class NodeSettingsCheckTests
{
    private WorkflowHarness _harness = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _harness = await WorkflowHarness.StartAsync();
        await PurchaseProcess.PrepareAsync(_harness);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    public async Task Every_settings_problem_is_reported_together_with_its_path()
    {
        var org = PurchaseProcess.Org.Of(_harness);
        NodeDefinition Approve(string id, ApprovalSettings? settings) => new() { Id = id, Name = id, Type = NodeType.Approval, Approval = settings };
        ApprovalSettings By(params AssigneeRule[] rules) => new() { Assignees = rules };
        AssigneeRule Member(string id) => new() { Kind = AssigneeKind.Member, Value = id };

        NodeDefinition[] middle =
        [
            Approve("n1", null),
            Approve("n2", By()),
            Approve("n3", By(
                Member("nobody"),
                new AssigneeRule { Kind = AssigneeKind.Department, Value = "nope" },
                new AssigneeRule { Kind = AssigneeKind.Post },
                new AssigneeRule { Kind = AssigneeKind.Group, Value = "nope" },
                new AssigneeRule { Kind = AssigneeKind.Role, Value = WellKnownRoles.DepartmentHead },
                new AssigneeRule { Kind = AssigneeKind.RelativeRole, Value = WellKnownRoles.Administrator },
                new AssigneeRule { Kind = AssigneeKind.Role, Value = "astronaut" },
                new AssigneeRule { Kind = AssigneeKind.MemberField, Field = "amount" },
                new AssigneeRule { Kind = AssigneeKind.DepartmentField, Field = "nothing" },
                new AssigneeRule { Kind = AssigneeKind.RolePerDepartmentField, Value = WellKnownRoles.DepartmentHead },
                new AssigneeRule { Kind = AssigneeKind.Department, Value = org.Finance },
                new AssigneeRule { Kind = AssigneeKind.MemberField, Field = "approver" },
                new AssigneeRule { Kind = AssigneeKind.DepartmentField, Field = "items.cost" },
                new AssigneeRule { Kind = AssigneeKind.DepartmentField, Field = "items.dept" })),
            Approve("n4", By(Member(_harness.Id("bob")), Member(_harness.Id("lena"))) with { Mode = ApprovalMode.Count }),
            Approve("n5", By(Member(_harness.Id("bob")), Member(_harness.Id("lena"))) with { Mode = ApprovalMode.Count, Count = 3, RejectThreshold = 0 }),
            Approve("n6", By(new AssigneeRule { Kind = AssigneeKind.Submitter }) with { Mode = ApprovalMode.Ratio, Ratio = 1.5m, Count = 1 }),
            Approve("n7", By(new AssigneeRule { Kind = AssigneeKind.Submitter }) with { Mode = ApprovalMode.All, RejectThreshold = 1 }),
            Approve("n8", By(new AssigneeRule { Kind = AssigneeKind.Submitter }) with
            {
                Deadline = new Duration(0, DurationUnit.Days),
                OnTimeout = new TimeoutBehavior { RemindBefore = new Duration(-1, DurationUnit.Hours), Action = TimeoutAction.Escalate },
            }),
            Approve("n9", By(new AssigneeRule { Kind = AssigneeKind.Submitter }) with { OnTimeout = new TimeoutBehavior { Action = TimeoutAction.Escalate, EscalateToRole = "astronaut" } }),
            Approve("n10", By(new AssigneeRule { Kind = AssigneeKind.Submitter }) with
            {
                Deadline = new Duration(1, DurationUnit.Days),
                OnTimeout = new TimeoutBehavior { Action = TimeoutAction.Transfer, TransferTo = "nobody" },
            }),
            new() { Id = "n11", Name = "n11", Type = NodeType.Notify },
            new() { Id = "n12", Name = "n12", Type = NodeType.Notify, Recipients = [], Approval = By(new AssigneeRule { Kind = AssigneeKind.Submitter }) },
            new() { Id = "n13", Name = "n13", Type = NodeType.SubProcess },
            new() { Id = "n14", Name = "n14", Type = NodeType.SubProcess, SubProcessKey = "unpublished" },
            new() { Id = "n15", Name = "n15", Type = NodeType.SubProcess, SubProcessKey = "checked" },
            Approve("n16", By(new AssigneeRule { Kind = AssigneeKind.Submitter })) with
            {
                FormProfile = new FieldPermissionProfile(new Dictionary<string, FieldAccess> { ["nope"] = FieldAccess.Hidden, ["items.price"] = FieldAccess.Hidden, ["items.cost"] = FieldAccess.Hidden, ["amount"] = FieldAccess.Required }),
            },
        ];
        var nodes = new List<NodeDefinition> { Start() with { Recipients = [new AssigneeRule { Kind = AssigneeKind.Submitter }] } };
        nodes.AddRange(middle);
        nodes.Add(End());
        var ids = nodes.Select(n => n.Id).ToList();
        var flows = ids.Zip(ids.Skip(1), (from, to) => Flow($"f-{from}", from, to)).ToList();

        var problems = (await _harness.CheckAsync(Process(nodes, flows))).Lines();

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "setting_not_applicable @ nodes[0].recipients",
            "approval_missing @ nodes[1].approval",
            "approval_missing @ nodes[2].approval.assignees",
            "assignee_invalid @ nodes[3].approval.assignees[0].value",
            "assignee_invalid @ nodes[3].approval.assignees[1].value",
            "assignee_invalid @ nodes[3].approval.assignees[2].value",
            "assignee_invalid @ nodes[3].approval.assignees[3].value",
            "assignee_invalid @ nodes[3].approval.assignees[4].value",
            "assignee_invalid @ nodes[3].approval.assignees[5].value",
            "assignee_invalid @ nodes[3].approval.assignees[6].value",
            "assignee_invalid @ nodes[3].approval.assignees[7].field",
            "assignee_invalid @ nodes[3].approval.assignees[8].field",
            "assignee_invalid @ nodes[3].approval.assignees[9].field",
            "assignee_invalid @ nodes[3].approval.assignees[12].field",
            "mode_settings @ nodes[4].approval.count",
            "mode_settings @ nodes[5].approval.count",
            "mode_settings @ nodes[5].approval.rejectThreshold",
            "mode_settings @ nodes[6].approval.ratio",
            "mode_settings @ nodes[6].approval.count",
            "mode_settings @ nodes[7].approval.rejectThreshold",
            "duration_invalid @ nodes[8].approval.deadline.amount",
            "duration_invalid @ nodes[8].approval.onTimeout.remindBefore.amount",
            "timeout_invalid @ nodes[8].approval.onTimeout.escalateToRole",
            "timeout_invalid @ nodes[9].approval.onTimeout",
            "timeout_invalid @ nodes[9].approval.onTimeout.escalateToRole",
            "timeout_invalid @ nodes[10].approval.onTimeout.transferTo",
            "notify_missing_recipients @ nodes[11].recipients",
            "setting_not_applicable @ nodes[12].approval",
            "notify_missing_recipients @ nodes[12].recipients",
            "subprocess_missing @ nodes[13].subProcessKey",
            "subprocess_unknown @ nodes[14].subProcessKey",
            "subprocess_recursive @ nodes[15].subProcessKey",
            "profile_unknown_field @ nodes[16].formProfile.fields.items.price",
            "profile_unknown_field @ nodes[16].formProfile.fields.nope",
        }));
    }

    [Test]
    public async Task Roles_used_with_the_wrong_kind_say_which_kind_fits()
    {
        var definition = Process(
            [Start(), new NodeDefinition { Id = "a", Name = "a", Type = NodeType.Approval, Approval = new ApprovalSettings { Assignees = [new AssigneeRule { Kind = AssigneeKind.Role, Value = WellKnownRoles.DepartmentHead }] } }, End()],
            [Flow("f1", "start", "a"), Flow("f2", "a", "end")]);

        var problem = (await _harness.CheckAsync(definition)).Single();

        Assert.That(problem.Message, Does.Contain("relative role").And.Contain("relativeRole"));
    }

    [Test]
    public async Task An_unpublished_form_is_reported_once_and_field_rules_need_a_form()
    {
        var rules = new ApprovalSettings { Assignees = [new AssigneeRule { Kind = AssigneeKind.MemberField, Field = "approver" }] };
        var nodes = new NodeDefinition[] { Start(), new() { Id = "a", Name = "a", Type = NodeType.Approval, Approval = rules }, End() };
        var flows = new[] { Flow("f1", "start", "a"), Flow("f2", "a", "end") };

        var unknownForm = (await _harness.CheckAsync(Process(nodes, flows, formKey: "no-such-form"))).Lines();
        var noForm = (await _harness.CheckAsync(Process(nodes, flows, formKey: null))).Lines();

        Assert.That(unknownForm, Is.EqualTo(new[] { "form_unknown @ formKey" }));
        Assert.That(noForm, Is.EqualTo(new[] { "assignee_invalid @ nodes[1].approval.assignees[0].field" }));
    }

    [Test]
    public async Task A_chain_of_sub_processes_must_not_lead_back_to_the_process()
    {
        // loop-a (published) ← loop-b runs loop-a; a new loop-a that runs loop-b would run itself.
        var simple = Process([Start(), Approval("a"), End()], [Flow("f1", "start", "a"), Flow("f2", "a", "end")], formKey: null);
        await _harness.WithAsync<IProcessDefinitions, PublishedProcess>("carol", p => p.PublishAsync(simple with { Key = "loop-a" }, CancellationToken.None));
        var runs = (string key) => Process(
            [Start(), new NodeDefinition { Id = "sub", Name = "sub", Type = NodeType.SubProcess, SubProcessKey = key }, End()],
            [Flow("f1", "start", "sub"), Flow("f2", "sub", "end")],
            formKey: null);
        await _harness.WithAsync<IProcessDefinitions, PublishedProcess>("carol", p => p.PublishAsync(runs("loop-a") with { Key = "loop-b" }, CancellationToken.None));

        var problems = await _harness.CheckAsync(runs("loop-b") with { Key = "loop-a" });

        Assert.That(problems.Lines(), Is.EqualTo(new[] { "subprocess_recursive @ nodes[1].subProcessKey" }));
        Assert.That(problems[0].Message, Does.Contain("loop-a → loop-b → loop-a"));
    }
}
