using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Api.Demo;
using Platform.Apps.Documents.Persistence;
using Platform.Apps.Documents.Types;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Apps.Documents.Demo;

/// <summary>
/// <c>platform demo seed</c>: publishes the demo dispatch form and process (countersign by the heads of the departments
/// chosen on the form, then the office director) and the demo document types — 发文 publishing to the News category
/// <c>announcements</c>, and 收文. Does nothing that already exists.
/// </summary>
internal sealed class SeedDemoDataHandler(DocumentsDbContext db, IFormDefinitions forms, IProcessDefinitions processes, TimeProvider clock)
    : INotificationHandler<SeedDemoData>
{
    public const string FormKey = "documents-dispatch";
    public const string ProcessKey = "documents-dispatch";

    public async Task Handle(SeedDemoData notification, CancellationToken cancellationToken)
    {
        if (await forms.FindAsync(FormKey, null, cancellationToken) is null)
        {
            await forms.PublishAsync(DemoForm, cancellationToken);
        }

        if (await processes.FindAsync(ProcessKey, null, cancellationToken) is null && notification.Members.TryGetValue("director", out var director))
        {
            await processes.PublishAsync(DemoProcess(director), cancellationToken);
        }

        Add("dispatch", "发文（办公室）", Directions.Outgoing, notification.UnitId, "{unitShort}发〔{year}〕{seq:000}号", "announcements");
        Add("receipt", "收文（办公室）", Directions.Incoming, notification.UnitId, "{unitShort}收〔{year}〕{seq}号", null);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(string key, string name, string direction, string unitId, string pattern, string? category)
    {
        if (db.Types.Local.Any(t => t.Key == key) || db.Types.AsNoTracking().Any(t => t.Key == key))
        {
            return;
        }

        db.Types.Add(new DocumentType
        {
            Key = key, Name = name, Direction = direction, UnitId = unitId, FormKey = FormKey, ProcessKey = ProcessKey,
            NumberPattern = pattern, NewsCategory = category, UpdatedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>The demo form: urgency, a summary, and the departments to countersign (a table of department pickers).</summary>
    public static FormDefinition DemoForm { get; } = new()
    {
        Key = FormKey,
        Name = "发文稿纸",
        Fields =
        [
            new FieldDefinition
            {
                Key = "urgency", Label = "紧急程度", Type = FieldType.SingleSelect, Required = true,
                Options = [new FieldOption("normal", "平件"), new FieldOption("urgent", "急件")],
            },
            new FieldDefinition { Key = "summary", Label = "摘要", Type = FieldType.LongText },
            new FieldDefinition
            {
                Key = "countersign", Label = "会签部门", Type = FieldType.SubTable,
                Columns = [new FieldDefinition { Key = "dept", Label = "部门", Type = FieldType.Department, Required = true }],
            },
        ],
    };

    /// <summary>The demo process: the heads of the countersigning departments (all must approve), then the director.</summary>
    public static ProcessDefinition DemoProcess(string directorId) => new()
    {
        Key = ProcessKey,
        Name = "发文审批",
        FormKey = FormKey,
        App = DocumentsModule.Id,
        Nodes =
        [
            new NodeDefinition { Id = "draft", Name = "拟稿", Type = NodeType.Start },
            new NodeDefinition
            {
                Id = "countersign", Name = "会签", Type = NodeType.Approval,
                Approval = new ApprovalSettings
                {
                    Mode = ApprovalMode.All, WhenEmpty = EmptyAssigneeBehavior.Skip,
                    Assignees = [new AssigneeRule { Kind = AssigneeKind.RolePerDepartmentField, Field = "countersign.dept", Value = WellKnownRoles.DepartmentHead, Relative = RelativeScope.Self }],
                },
            },
            new NodeDefinition
            {
                Id = "sign", Name = "签发", Type = NodeType.Approval,
                Approval = new ApprovalSettings { Assignees = [new AssigneeRule { Kind = AssigneeKind.Member, Value = directorId }] },
            },
            new NodeDefinition { Id = "end", Name = "完成", Type = NodeType.End },
        ],
        Flows =
        [
            new FlowDefinition { Id = "f1", From = "draft", To = "countersign" },
            new FlowDefinition { Id = "f2", From = "countersign", To = "sign" },
            new FlowDefinition { Id = "f3", From = "sign", To = "end" },
        ],
    };
}
