using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Tests.Support;

/// <summary>The form and process definitions the runtime tests use.</summary>
internal static class Processes
{
    public const string FormKey = "leave";

    /// <summary>A leave request: days, reason, a reviewer, and a sub-table of departments to consult.</summary>
    public static FormDefinition Form { get; } = new()
    {
        Key = FormKey,
        Name = "Leave request",
        Fields =
        [
            new FieldDefinition { Key = "days", Label = "Days", Type = FieldType.Number, Required = true, Min = "0" },
            new FieldDefinition { Key = "reason", Label = "Reason", Type = FieldType.Text },
            new FieldDefinition { Key = "comment", Label = "Reviewer comment", Type = FieldType.Text },
            new FieldDefinition { Key = "reviewer", Label = "Reviewer", Type = FieldType.Member },
            new FieldDefinition
            {
                Key = "depts", Label = "Departments", Type = FieldType.SubTable,
                Columns = [new FieldDefinition { Key = "dept", Label = "Department", Type = FieldType.Department, Required = true }],
            },
        ],
    };

    public static NodeDefinition Start => new() { Id = "start", Name = "Submit", Type = NodeType.Start };

    public static NodeDefinition End => new() { Id = "end", Name = "Done", Type = NodeType.End };

    public static NodeDefinition Approval(string id, ApprovalMode mode, params AssigneeRule[] rules) => new()
    {
        Id = id,
        Name = id,
        Type = NodeType.Approval,
        Approval = new ApprovalSettings { Assignees = rules, Mode = mode },
    };

    public static AssigneeRule Member(string id) => new() { Kind = AssigneeKind.Member, Value = id };

    public static FlowDefinition Flow(string from, string to, string? condition = null, bool isDefault = false) =>
        new() { Id = $"{from}-{to}", From = from, To = to, Condition = condition, IsDefault = isDefault };

    /// <summary>start → the nodes in order → end.</summary>
    public static ProcessDefinition Chain(string key, params NodeDefinition[] nodes)
    {
        var all = new List<NodeDefinition> { Start };
        all.AddRange(nodes);
        all.Add(End);
        return new ProcessDefinition
        {
            Key = key,
            Name = key,
            FormKey = FormKey,
            App = "tests",
            Nodes = all,
            Flows = all.Zip(all.Skip(1), (a, b) => Flow(a.Id, b.Id)).ToList(),
        };
    }
}
