namespace Platform.Contracts.Workflow.Definitions;

/// <summary>What an approval node does when its rules resolve nobody.</summary>
public enum EmptyAssigneeBehavior
{
    /// <summary>The action that reached the node fails with <c>workflow.no_assignee</c>; nothing changes.</summary>
    Fail,

    /// <summary>The node is skipped (recorded in the history).</summary>
    Skip,

    /// <summary>The work goes to the holders of the administrator role.</summary>
    Administrators,
}
