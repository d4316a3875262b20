namespace Platform.Core.Organization.Import;

/// <summary>Finds the nodes that lie on a cycle of a parent relation (a unit or department tree as it would be after the import).</summary>
internal static class CycleFinder
{
    /// <summary>Every node reachable from <paramref name="starts"/> by following parents that lies on a cycle.</summary>
    public static HashSet<string> OnCycles(IEnumerable<string> starts, Func<string, string?> parentOf)
    {
        const byte Walking = 1;
        const byte Done = 2;
        var state = new Dictionary<string, byte>(StringComparer.Ordinal);
        var onCycle = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in starts)
        {
            path.Clear();
            var node = start;
            while (node is not null && !state.ContainsKey(node))
            {
                state[node] = Walking;
                path.Add(node);
                node = parentOf(node);
            }

            if (node is not null && state[node] == Walking)
            {
                // The walk came back to a node of its own path: that node and everything after it form the cycle.
                for (var i = path.IndexOf(node); i < path.Count; i++)
                {
                    onCycle.Add(path[i]);
                }
            }

            foreach (var visited in path)
            {
                state[visited] = Done;
            }
        }

        return onCycle;
    }
}
