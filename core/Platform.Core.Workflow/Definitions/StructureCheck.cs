using System.Text.RegularExpressions;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Definitions;

/// <summary>
/// The graph rules of docs/workflow.md: ids, one start, ends, flow endpoints, how many flows leave each kind of node,
/// defaults and conditions, reachability, and properly nested parallel blocks (<see cref="ParallelBlocks"/>).
/// </summary>
internal static partial class StructureCheck
{
    public static void Check(IReadOnlyList<NodeDefinition> nodes, IReadOnlyList<FlowDefinition> flows, Problems problems)
    {
        var index = Ids(nodes, flows, problems);
        var starts = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Type == NodeType.Start).ToList();
        if (starts.Count == 0)
        {
            problems.Add(DefinitionCodes.NoStart, "nodes", "The process needs one start node.");
        }

        foreach (var i in starts.Skip(1))
        {
            problems.Add(DefinitionCodes.SeveralStarts, $"nodes[{i}].type", $"Node '{nodes[i].Id}' is a second start node; a process has exactly one (the first is '{nodes[starts[0]].Id}').");
        }

        if (!nodes.Any(n => n.Type == NodeType.End))
        {
            problems.Add(DefinitionCodes.NoEnd, "nodes", "The process needs at least one end node.");
        }

        var graph = new FlowGraph(nodes.Count);
        for (var f = 0; f < flows.Count; f++)
        {
            var flow = flows[f];
            var from = Endpoint(flow.From, $"flows[{f}].from", index, problems);
            var to = Endpoint(flow.To, $"flows[{f}].to", index, problems);
            if (from is { } source && to is { } target)
            {
                graph.Add(f, source, target);
            }

            if (from is { } s && nodes[s].Type == NodeType.End)
            {
                problems.Add(DefinitionCodes.EndHasOutgoing, $"flows[{f}].from", $"Flow '{flow.Id}' leaves end node '{flow.From}'; nothing follows an end.");
            }

            if (to is { } t && nodes[t].Type == NodeType.Start)
            {
                problems.Add(DefinitionCodes.StartHasIncoming, $"flows[{f}].to", $"Flow '{flow.Id}' leads back into start node '{flow.To}'; to return an instance to its submitter, reject it to the start instead.");
            }

            var exclusive = from is { } x && nodes[x].Type == NodeType.Exclusive;
            if (!exclusive && flow.Condition is not null)
            {
                problems.Add(DefinitionCodes.ConditionOnNonExclusive, $"flows[{f}].condition", $"Flow '{flow.Id}' has a condition but does not leave an exclusive node; only flows leaving exclusive nodes are chosen by conditions.");
            }

            if (!exclusive && flow.IsDefault)
            {
                problems.Add(DefinitionCodes.DefaultOnNonExclusive, $"flows[{f}].isDefault", $"Flow '{flow.Id}' is marked default but does not leave an exclusive node.");
            }

            if (exclusive && flow.IsDefault && flow.Condition is not null)
            {
                problems.Add(DefinitionCodes.ConditionOnNonExclusive, $"flows[{f}].condition", $"Flow '{flow.Id}' is the default flow and has a condition; the default is taken when no condition holds, so it has none.");
            }

            if (exclusive && !flow.IsDefault && string.IsNullOrWhiteSpace(flow.Condition))
            {
                problems.Add(DefinitionCodes.ConditionMissing, $"flows[{f}].condition", $"Flow '{flow.Id}' leaves exclusive node '{flow.From}' without a condition; give it one or make it the default.");
            }
        }

        Outgoing(nodes, flows, graph, problems);
        if (starts.Count > 0)
        {
            Reachability(nodes, graph, starts[0], problems);
            ParallelBlocks.Check(nodes, graph, starts[0], problems);
        }
    }

    private static Dictionary<string, int> Ids(IReadOnlyList<NodeDefinition> nodes, IReadOnlyList<FlowDefinition> flows, Problems problems)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var id = nodes[i].Id;
            if (!IsId(id, $"nodes[{i}].id", "Node", problems))
            {
                continue;
            }

            if (!index.TryAdd(id, i))
            {
                problems.Add(DefinitionCodes.DuplicateNode, $"nodes[{i}].id", $"Node id '{id}' is already used by nodes[{index[id]}].");
            }

            if (string.IsNullOrWhiteSpace(nodes[i].Name))
            {
                problems.Add(DefinitionCodes.Required, $"nodes[{i}].name", $"Node '{id}' needs a name.");
            }
        }

        var flowIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < flows.Count; f++)
        {
            var id = flows[f].Id;
            if (IsId(id, $"flows[{f}].id", "Flow", problems) && !flowIds.TryAdd(id, f))
            {
                problems.Add(DefinitionCodes.DuplicateFlow, $"flows[{f}].id", $"Flow id '{id}' is already used by flows[{flowIds[id]}].");
            }
        }

        return index;
    }

    private static bool IsId(string? id, string path, string what, Problems problems)
    {
        if (string.IsNullOrEmpty(id))
        {
            problems.Add(DefinitionCodes.Required, path, $"{what} needs an id.");
            return false;
        }

        if (id.Length > 100 || !IdPattern().IsMatch(id))
        {
            problems.Add(DefinitionCodes.IdInvalid, path, $"{what} id '{id}' may contain only letters, digits, '-' and '_' (at most 100).");
            return false;
        }

        return true;
    }

    private static int? Endpoint(string? id, string path, Dictionary<string, int> index, Problems problems)
    {
        if (string.IsNullOrEmpty(id))
        {
            problems.Add(DefinitionCodes.Required, path, "A flow needs both ends.");
            return null;
        }

        if (index.TryGetValue(id, out var node))
        {
            return node;
        }

        problems.Add(DefinitionCodes.UnknownNode, path, $"There is no node '{id}'.");
        return null;
    }

    /// <summary>How many flows each kind of node may have leaving (and a join entering) it.</summary>
    private static void Outgoing(IReadOnlyList<NodeDefinition> nodes, IReadOnlyList<FlowDefinition> flows, FlowGraph graph, Problems problems)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var outgoing = graph.Out[i];
            switch (node.Type)
            {
                case NodeType.End:
                    break;
                case NodeType.Exclusive:
                    var defaults = outgoing.Where(e => flows[e.Flow].IsDefault).ToList();
                    if (outgoing.Count > 0 && defaults.Count == 0)
                    {
                        problems.Add(DefinitionCodes.ExclusiveWithoutDefault, $"nodes[{i}]", $"Exclusive node '{node.Id}' needs one default flow, taken when no condition holds.");
                    }

                    foreach (var extra in defaults.Skip(1))
                    {
                        problems.Add(DefinitionCodes.SeveralDefaults, $"flows[{extra.Flow}].isDefault", $"Exclusive node '{node.Id}' has several default flows ('{flows[defaults[0].Flow].Id}', '{flows[extra.Flow].Id}'); it may have one.");
                    }

                    break;
                case NodeType.ParallelSplit:
                    if (outgoing.Count == 1)
                    {
                        problems.Add(DefinitionCodes.SplitTooFewBranches, $"nodes[{i}]", $"Parallel split '{node.Id}' has one branch; a split needs at least two.");
                    }

                    break;
                default:
                    if (outgoing.Count > 1)
                    {
                        problems.Add(DefinitionCodes.SeveralOutgoing, $"nodes[{i}]", $"Node '{node.Id}' has {outgoing.Count} outgoing flows; only exclusive nodes and parallel splits may have more than one.");
                    }

                    break;
            }

            if (node.Type == NodeType.ParallelJoin && graph.In[i].Count == 1)
            {
                problems.Add(DefinitionCodes.JoinTooFewBranches, $"nodes[{i}]", $"Parallel join '{node.Id}' has one incoming flow; a join closes at least two branches.");
            }
        }
    }

    private static void Reachability(IReadOnlyList<NodeDefinition> nodes, FlowGraph graph, int start, Problems problems)
    {
        var reached = graph.ReachableFrom([start], forward: true);
        var ends = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Type == NodeType.End).ToList();
        var reachesEnd = graph.ReachableFrom(ends, forward: false);
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (!reached.Contains(i))
            {
                problems.Add(DefinitionCodes.UnreachableNode, $"nodes[{i}]", $"Node '{node.Id}' cannot be reached from the start.");
            }
            else if (node.Type != NodeType.End && graph.Out[i].Count == 0)
            {
                problems.Add(DefinitionCodes.DeadEnd, $"nodes[{i}]", $"Node '{node.Id}' has no outgoing flow; every node but an end must lead on.");
            }
            else if (!reachesEnd.Contains(i) && ends.Count > 0)
            {
                problems.Add(DefinitionCodes.DeadEnd, $"nodes[{i}]", $"No path leads from node '{node.Id}' to an end node.");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();
}
