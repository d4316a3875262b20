namespace Platform.Core.Organization.Import;

/// <summary>Orders new rows so that a row whose parent is also new comes after it (foreign keys are checked on insert).</summary>
internal static class ParentsFirst
{
    public static List<T> Order<T>(List<T> rows, Func<T, string> id, Func<T, string?> parentId)
    {
        var byId = rows.ToDictionary(id, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<T>(rows.Count);
        var chain = new Stack<T>();
        foreach (var row in rows)
        {
            // Climb to the highest new ancestor not yet placed, then place the chain top-down. The guard on the chain's
            // length stops on a cycle (only possible in a document the validator refused).
            var current = row;
            while (!placed.Contains(id(current)) && chain.Count <= rows.Count)
            {
                chain.Push(current);
                if (parentId(current) is not { } parent || !byId.TryGetValue(parent, out var next))
                {
                    break;
                }

                current = next;
            }

            while (chain.TryPop(out var top))
            {
                if (placed.Add(id(top)))
                {
                    ordered.Add(top);
                }
            }
        }

        return ordered;
    }
}
