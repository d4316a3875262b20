namespace Platform.Core.Workflow.Runtime;

/// <summary>Parallel branch paths (see <see cref="NodeRun.Branch"/>).</summary>
internal static class Branches
{
    public const string Main = "";

    public static string Enter(string parent, string splitNodeId, int index) => $"{parent}/{splitNodeId}:{index}";

    /// <summary>The enclosing path and the split this branch belongs to; null on the main path.</summary>
    public static (string Parent, string SplitNodeId)? Leave(string branch)
    {
        if (branch.Length == 0)
        {
            return null;
        }

        var slash = branch.LastIndexOf('/');
        var segment = branch[(slash + 1)..];
        return (branch[..slash], segment[..segment.LastIndexOf(':')]);
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    public static bool Within(string inner, string outer) =>
        outer.Length == 0 || inner == outer || inner.StartsWith(outer + "/", StringComparison.Ordinal);
}
