using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Tests.Support;

namespace Platform.Core.Workflow.Tests.Definitions;

/// <summary>Building blocks for check tests: nodes, flows, and a check run as an administrator.</summary>
internal static class CheckSupport
{
    public static NodeDefinition Start(string id = "start") => new() { Id = id, Name = id, Type = NodeType.Start };

    public static NodeDefinition End(string id = "end") => new() { Id = id, Name = id, Type = NodeType.End };

    public static NodeDefinition Node(string id, NodeType type) => new() { Id = id, Name = id, Type = type };

    /// <summary>An approval node the submitter approves: sound on its own.</summary>
    public static NodeDefinition Approval(string id) =>
        new() { Id = id, Name = id, Type = NodeType.Approval, Approval = new ApprovalSettings { Assignees = [new AssigneeRule { Kind = AssigneeKind.Submitter }] } };

    public static FlowDefinition Flow(string id, string from, string to, string? condition = null, bool isDefault = false) =>
        new() { Id = id, From = from, To = to, Condition = condition, IsDefault = isDefault };

    public static ProcessDefinition Process(IReadOnlyList<NodeDefinition> nodes, IReadOnlyList<FlowDefinition> flows, string? formKey = PurchaseProcess.FormKey) =>
        new() { Key = "checked", Name = "Checked", FormKey = formKey, Nodes = nodes, Flows = flows };

    public static Task<IReadOnlyList<DefinitionProblem>> CheckAsync(this WorkflowHarness harness, ProcessDefinition definition) =>
        harness.WithAsync<IProcessDefinitions, IReadOnlyList<DefinitionProblem>>("carol", p => p.CheckAsync(definition, CancellationToken.None));

    /// <summary>The problems as "code @ path" lines (the code without its common prefix), for readable assertions.</summary>
    public static IReadOnlyList<string> Lines(this IEnumerable<DefinitionProblem> problems) =>
        problems.Select(p => $"{p.Code.Replace("workflow.definition.", string.Empty, StringComparison.Ordinal)} @ {p.Path}").ToList();
}
