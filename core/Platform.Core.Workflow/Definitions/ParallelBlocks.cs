using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Definitions;

/// <summary>
/// Parallel blocks must nest properly. The block of a split is every node reached from its branches before they meet
/// at a join (a nested split's block and join belong to it too). The rule: all branches of a split — through any
/// exclusive choices inside — end at one and the same join; no flow enters the block from outside except into the
/// split, the join is entered only from inside the block, no branch leads back to its split, and no end node lies
/// inside a block. Every join reached from the start closes exactly one split.
/// </summary>
internal static class ParallelBlocks
{
    public static void Check(IReadOnlyList<NodeDefinition> nodes, FlowGraph graph, int start, Problems problems)
    {
        var walker = new Walker(nodes, graph, problems);
        var reached = graph.ReachableFrom([start], forward: true);
        foreach (var split in reached.Where(i => nodes[i].Type == NodeType.ParallelSplit).Order())
        {
            walker.Match(split);
        }

        var closedBy = new Dictionary<int, int>();
        foreach (var (split, join) in walker.Joins.Where(p => p.Value is not null).OrderBy(p => p.Key))
        {
            if (closedBy.TryGetValue(join!.Value, out var other))
            {
                problems.Add(DefinitionCodes.JoinMismatch, $"nodes[{join.Value}]", $"Join '{nodes[join.Value].Id}' closes both split '{nodes[other].Id}' and split '{nodes[split].Id}'; each split needs its own join.");
            }
            else
            {
                closedBy[join.Value] = split;
            }
        }

        foreach (var join in reached.Where(i => nodes[i].Type == NodeType.ParallelJoin && !closedBy.ContainsKey(i)).Order())
        {
            problems.Add(DefinitionCodes.JoinWithoutSplit, $"nodes[{join}]", $"Join '{nodes[join].Id}' does not close the branches of any parallel split.");
        }

    }

    private sealed class Walker(IReadOnlyList<NodeDefinition> nodes, FlowGraph graph, Problems problems)
    {
        private readonly Dictionary<int, HashSet<int>> _blocks = [];
        private readonly HashSet<int> _walking = [];

        /// <summary>The join matched to each split walked (null when none could be matched).</summary>
        public Dictionary<int, int?> Joins { get; } = [];

        /// <summary>The join closing <paramref name="split"/>, or null (the problem is reported).</summary>
        public int? Match(int split)
        {
            if (Joins.TryGetValue(split, out var known))
            {
                return known;
            }

            if (!_walking.Add(split))
            {
                // A split reached again while its own block is walked: reported as a branch leading back to it.
                return null;
            }

            var id = nodes[split].Id;
            var block = new HashSet<int>();
            var joins = new SortedSet<int>();
            var ends = new SortedSet<int>();
            var stack = new Stack<int>(graph.Out[split].Select(e => e.To).Reverse());
            var loopedBack = false;
            while (stack.TryPop(out var node))
            {
                if (node == split)
                {
                    loopedBack = true;
                    continue;
                }

                if (block.Contains(node))
                {
                    continue;
                }

                switch (nodes[node].Type)
                {
                    case NodeType.ParallelJoin:
                        joins.Add(node);
                        continue;
                    case NodeType.End:
                        ends.Add(node);
                        continue;
                    case NodeType.ParallelSplit:
                        block.Add(node);
                        if (Match(node) is { } inner)
                        {
                            block.UnionWith(_blocks[node]);
                            block.Add(inner);
                            Push(stack, inner);
                        }

                        continue;
                    default:
                        block.Add(node);
                        Push(stack, node);
                        continue;
                }
            }

            _walking.Remove(split);
            int? join = null;
            if (loopedBack)
            {
                problems.Add(DefinitionCodes.JoinMismatch, $"nodes[{split}]", $"A branch of parallel split '{id}' leads back to the split; branches must meet at a join first.");
            }

            foreach (var end in ends)
            {
                problems.Add(DefinitionCodes.EndInParallel, $"nodes[{end}]", $"End node '{nodes[end].Id}' lies inside the parallel block of split '{id}'; branches must meet at the split's join before the process ends.");
            }

            if (joins.Count == 0)
            {
                problems.Add(DefinitionCodes.SplitWithoutJoin, $"nodes[{split}]", $"The branches of parallel split '{id}' never meet at a parallel join.");
            }
            else if (joins.Count > 1)
            {
                problems.Add(DefinitionCodes.JoinMismatch, $"nodes[{split}]", $"The branches of parallel split '{id}' end at different joins ({string.Join(", ", joins.Select(j => $"'{nodes[j].Id}'"))}); they must all meet at one.");
            }
            else
            {
                join = joins.Min;
                foreach (var edge in graph.In[join!.Value].Where(e => e.From != split && !block.Contains(e.From)))
                {
                    problems.Add(DefinitionCodes.JoinMismatch, $"flows[{edge.Flow}]", $"Flow into join '{nodes[join.Value].Id}' comes from '{nodes[edge.From].Id}', outside the parallel block of split '{id}' that the join closes.");
                }
            }

            foreach (var node in block.Order())
            {
                foreach (var edge in graph.In[node].Where(e => e.From != split && !block.Contains(e.From)))
                {
                    problems.Add(DefinitionCodes.JoinMismatch, $"flows[{edge.Flow}]", $"Flow from '{nodes[edge.From].Id}' jumps into the parallel block of split '{id}' at '{nodes[node].Id}'; a block is entered only through its split.");
                }
            }

            _blocks[split] = block;
            Joins[split] = join;
            return join;
        }

        private void Push(Stack<int> stack, int node)
        {
            foreach (var edge in graph.Out[node].Reverse())
            {
                stack.Push(edge.To);
            }
        }
    }
}
