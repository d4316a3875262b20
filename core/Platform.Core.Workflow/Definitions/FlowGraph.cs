namespace Platform.Core.Workflow.Definitions;

/// <summary>The flows between known nodes, by node index, both ways.</summary>
internal sealed class FlowGraph
{
    public FlowGraph(int nodes)
    {
        Out = Enumerable.Range(0, nodes).Select(_ => new List<Edge>()).ToArray();
        In = Enumerable.Range(0, nodes).Select(_ => new List<Edge>()).ToArray();
    }

    /// <summary>Flows leaving each node, in the order listed.</summary>
    public IReadOnlyList<Edge>[] Out { get; }

    /// <summary>Flows entering each node.</summary>
    public IReadOnlyList<Edge>[] In { get; }

    public void Add(int flow, int from, int to)
    {
        var edge = new Edge(flow, from, to);
        ((List<Edge>)Out[from]).Add(edge);
        ((List<Edge>)In[to]).Add(edge);
    }

    /// <summary>Nodes reachable from <paramref name="roots"/> (included) following flows forwards or backwards.</summary>
    public HashSet<int> ReachableFrom(IEnumerable<int> roots, bool forward)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(roots);
        while (stack.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            foreach (var edge in forward ? Out[node] : In[node])
            {
                stack.Push(forward ? edge.To : edge.From);
            }
        }

        return seen;
    }

    /// <param name="Flow">Index of the flow in the definition.</param>
    /// <param name="From">Source node index.</param>
    /// <param name="To">Target node index.</param>
    internal readonly record struct Edge(int Flow, int From, int To);
}
