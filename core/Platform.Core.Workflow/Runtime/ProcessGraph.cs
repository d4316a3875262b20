using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Runtime;

/// <summary>A published version ready to run: nodes by id and each node's outgoing flows in declared order. Immutable.</summary>
internal sealed class ProcessGraph
{
    private readonly Dictionary<string, NodeDefinition> _nodes;
    private readonly Dictionary<string, List<FlowDefinition>> _outgoing;

    public ProcessGraph(PublishedProcess process)
    {
        Process = process;
        _nodes = process.Definition.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _outgoing = process.Definition.Nodes.ToDictionary(n => n.Id, _ => new List<FlowDefinition>(), StringComparer.Ordinal);
        foreach (var flow in process.Definition.Flows)
        {
            if (_outgoing.TryGetValue(flow.From, out var list))
            {
                list.Add(flow);
            }
        }

        Start = process.Definition.Nodes.Single(n => n.Type == NodeType.Start);
    }

    public PublishedProcess Process { get; }

    public ProcessDefinition Definition => Process.Definition;

    public NodeDefinition Start { get; }

    public NodeDefinition Node(string id) =>
        _nodes.TryGetValue(id, out var node) ? node : throw new InvalidOperationException($"Node '{id}' is not in {Process.Key} v{Process.Version}.");

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public IReadOnlyList<FlowDefinition> Outgoing(string nodeId) => _outgoing[nodeId];
}
