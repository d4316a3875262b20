using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Tests.Support;

namespace Platform.Core.Workflow.Tests.Definitions;

/// <summary>
/// A purchase form and a process over it that uses every kind of node:
/// <code>
/// start → route (exclusive) ─ amount > 1000 → split ─ finance (department head) ─┐
///                          │                        └ legal (lena, deadline)  ──── join → board (all) → cc (notify) → archive (sub-process) → end
///                          └ default → clerk (ratio) ─────────────────────────────────────┘
/// </code>
/// The sub-process <c>archive</c> is a one-approval process published first.
/// </summary>
internal static class PurchaseProcess
{
    public const string FormKey = "purchase";

    public static FormDefinition Form { get; } = new()
    {
        Key = FormKey,
        Name = "Purchase request",
        Fields =
        [
            new FieldDefinition { Key = "title", Label = "Title", Type = FieldType.Text, Required = true },
            new FieldDefinition { Key = "amount", Label = "Amount", Type = FieldType.Money },
            new FieldDefinition { Key = "approver", Label = "Approver", Type = FieldType.Member },
            new FieldDefinition { Key = "department", Label = "Department", Type = FieldType.Department },
            new FieldDefinition
            {
                Key = "items", Label = "Items", Type = FieldType.SubTable,
                Columns =
                [
                    new FieldDefinition { Key = "what", Label = "What", Type = FieldType.Text },
                    new FieldDefinition { Key = "cost", Label = "Cost", Type = FieldType.Money },
                    new FieldDefinition { Key = "dept", Label = "For department", Type = FieldType.Department },
                ],
            },
        ],
    };

    public static ProcessDefinition Archive { get; } = new()
    {
        Key = "archive",
        Name = "Archive",
        Nodes =
        [
            new NodeDefinition { Id = "start", Name = "Start", Type = NodeType.Start },
            new NodeDefinition { Id = "file", Name = "File", Type = NodeType.Approval, Approval = new ApprovalSettings { Assignees = [new AssigneeRule { Kind = AssigneeKind.Submitter }] } },
            new NodeDefinition { Id = "end", Name = "End", Type = NodeType.End },
        ],
        Flows = [Flow("f1", "start", "file"), Flow("f2", "file", "end")],
    };

    /// <summary>Publishes the form and the sub-process the purchase process needs.</summary>
    public static async Task PrepareAsync(WorkflowHarness harness)
    {
        await harness.WithAsync<IFormDefinitions, PublishedForm>("carol", f => f.PublishAsync(Form, CancellationToken.None));
        await harness.WithAsync<IProcessDefinitions, PublishedProcess>("carol", p => p.PublishAsync(Archive, CancellationToken.None));
    }

    /// <summary>The purchase process; ids of the organization come from <paramref name="harness"/>.</summary>
    public static ProcessDefinition Definition(WorkflowHarness harness)
    {
        var org = Org.Of(harness);
        return new ProcessDefinition
        {
            Key = "purchase-request",
            Name = "Purchase request",
            FormKey = FormKey,
            App = "documents",
            Description = "Purchases above 1000 need finance and legal.",
            Nodes =
            [
                new NodeDefinition
                {
                    Id = "start", Name = "Request", Type = NodeType.Start,
                    FormProfile = new FieldPermissionProfile(new Dictionary<string, FieldAccess> { ["title"] = FieldAccess.Required, ["items.cost"] = FieldAccess.Required }),
                },
                new NodeDefinition { Id = "route", Name = "Amount?", Type = NodeType.Exclusive },
                new NodeDefinition
                {
                    Id = "clerk", Name = "Clerk", Type = NodeType.Approval,
                    Approval = new ApprovalSettings { Assignees = [new AssigneeRule { Kind = AssigneeKind.Post, Value = org.HeadPost }], Mode = ApprovalMode.Ratio, Ratio = 0.5m },
                },
                new NodeDefinition { Id = "split", Name = "Split", Type = NodeType.ParallelSplit },
                new NodeDefinition
                {
                    Id = "finance", Name = "Finance", Type = NodeType.Approval,
                    Approval = new ApprovalSettings { Assignees = [new AssigneeRule { Kind = AssigneeKind.RelativeRole, Value = WellKnownRoles.DepartmentHead }] },
                    FormProfile = new FieldPermissionProfile(new Dictionary<string, FieldAccess> { ["amount"] = FieldAccess.Editable }, FieldAccess.ReadOnly),
                },
                new NodeDefinition
                {
                    Id = "legal", Name = "Legal", Type = NodeType.Approval,
                    Approval = new ApprovalSettings
                    {
                        Assignees = [new AssigneeRule { Kind = AssigneeKind.Member, Value = harness.Id("lena") }, new AssigneeRule { Kind = AssigneeKind.Member, Value = harness.Id("leo") }],
                        Mode = ApprovalMode.Count,
                        Count = 1,
                        RejectThreshold = 2,
                        Deadline = new Duration(2, DurationUnit.WorkingDays),
                        OnTimeout = new TimeoutBehavior
                        {
                            RemindBefore = new Duration(4, DurationUnit.WorkingHours),
                            UrgeEvery = new Duration(1, DurationUnit.Days),
                            Action = TimeoutAction.Escalate,
                            EscalateToRole = WellKnownRoles.DepartmentHead,
                        },
                    },
                },
                new NodeDefinition { Id = "join", Name = "Join", Type = NodeType.ParallelJoin },
                new NodeDefinition
                {
                    Id = "board", Name = "Board", Type = NodeType.Approval,
                    Approval = new ApprovalSettings
                    {
                        Assignees =
                        [
                            new AssigneeRule { Kind = AssigneeKind.MemberField, Field = "approver" },
                            new AssigneeRule { Kind = AssigneeKind.Group, Value = org.Committee },
                            new AssigneeRule { Kind = AssigneeKind.RolePerDepartmentField, Field = "items.dept", Value = WellKnownRoles.DepartmentHead, Relative = RelativeScope.Self },
                        ],
                        Mode = ApprovalMode.All,
                        WhenEmpty = EmptyAssigneeBehavior.Administrators,
                        Deadline = new Duration(3, DurationUnit.Days),
                        OnTimeout = new TimeoutBehavior { Action = TimeoutAction.Transfer, TransferTo = harness.Id("carol") },
                    },
                },
                new NodeDefinition
                {
                    Id = "cc", Name = "Copy", Type = NodeType.Notify,
                    Recipients =
                    [
                        new AssigneeRule { Kind = AssigneeKind.Submitter },
                        new AssigneeRule { Kind = AssigneeKind.Department, Value = org.Finance, IncludeSubDepartments = true },
                        new AssigneeRule { Kind = AssigneeKind.Role, Value = WellKnownRoles.Administrator },
                        new AssigneeRule { Kind = AssigneeKind.DepartmentField, Field = "department" },
                    ],
                },
                new NodeDefinition { Id = "archive", Name = "Archive", Type = NodeType.SubProcess, SubProcessKey = Archive.Key },
                new NodeDefinition { Id = "end", Name = "Done", Type = NodeType.End },
            ],
            Flows =
            [
                Flow("f1", "start", "route"),
                Flow("f2", "route", "split") with { Condition = "amount > 1000 || sum(items.cost) > 1000 || applicant.level >= 5", Name = "large" },
                Flow("f3", "route", "clerk") with { IsDefault = true, Name = "small" },
                Flow("f4", "split", "finance"),
                Flow("f5", "split", "legal"),
                Flow("f6", "finance", "join"),
                Flow("f7", "legal", "join"),
                Flow("f8", "join", "board"),
                Flow("f9", "clerk", "board"),
                Flow("f10", "board", "cc"),
                Flow("f11", "cc", "archive"),
                Flow("f12", "archive", "end"),
            ],
        };
    }

    public static FlowDefinition Flow(string id, string from, string to) => new() { Id = id, From = from, To = to };

    /// <summary>Ids of sample departments, posts and groups.</summary>
    internal sealed record Org(string Finance, string HeadPost, string Committee)
    {
        public static Org Of(WorkflowHarness harness)
        {
            using var scope = harness.Services.CreateScope();
            var members = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            var groups = scope.ServiceProvider.GetRequiredService<IGroupDirectory>();
            var bob = members.FindMember(harness.Id("bob"))!;
            return new Org(bob.Primary.DepartmentId, bob.Primary.PostId!, groups.GroupsOf(harness.Id("erin")).Single().Id);
        }
    }
}
