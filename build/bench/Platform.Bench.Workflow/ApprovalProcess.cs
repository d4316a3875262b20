using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Bench.Workflow;

/// <summary>
/// The 4-node approval: start → countersign (All) of 3 members → single approval by 1 member → end. No form
/// (<see cref="ProcessDefinition.FormKey"/> null): the figures are the workflow engine's, not the form engine's.
/// </summary>
internal static class ApprovalProcess
{
    public const string Key = "bench-approval";

    public static ProcessDefinition Definition(string[] countersigners, string single) => new()
    {
        Key = Key,
        Name = "Benchmark approval",
        App = "bench",
        FormKey = null,
        Nodes =
        [
            new NodeDefinition { Id = "start", Name = "Submit", Type = NodeType.Start },
            new NodeDefinition
            {
                Id = "countersign", Name = "Countersign", Type = NodeType.Approval,
                Approval = new ApprovalSettings { Mode = ApprovalMode.All, Assignees = countersigners.Select(Member).ToList() },
            },
            new NodeDefinition
            {
                Id = "sign", Name = "Sign", Type = NodeType.Approval,
                Approval = new ApprovalSettings { Mode = ApprovalMode.Single, Assignees = [Member(single)] },
            },
            new NodeDefinition { Id = "end", Name = "Done", Type = NodeType.End },
        ],
        Flows =
        [
            new FlowDefinition { Id = "f1", From = "start", To = "countersign" },
            new FlowDefinition { Id = "f2", From = "countersign", To = "sign" },
            new FlowDefinition { Id = "f3", From = "sign", To = "end" },
        ],
    };

    private static AssigneeRule Member(string id) => new() { Kind = AssigneeKind.Member, Value = id };

    public static async Task PublishAsync(BenchHost host, string adminId, string[] countersigners, string single) =>
        await host.AsAsync(adminId, sp => sp.GetRequiredService<IProcessDefinitions>().PublishAsync(Definition(countersigners, single), CancellationToken.None), administrator: true);
}
