namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Grouping of handling-time figures.</summary>
public enum FiguresGrouping
{
    /// <summary>Per process node.</summary>
    Node,

    /// <summary>Per member (the holder).</summary>
    Member,

    /// <summary>Per department (the holder's department when the work was assigned).</summary>
    Department,
}
