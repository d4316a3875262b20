namespace Platform.Contracts.Workflow.Definitions;

/// <summary>How the assignees of an approval node decide.</summary>
public enum ApprovalMode
{
    /// <summary>One person decides. If the rules name several people, the first to act decides (like <see cref="AnyOne"/>).</summary>
    Single,

    /// <summary>或签: every assignee receives the work; the first approval completes the node, the first rejection rejects.</summary>
    AnyOne,

    /// <summary>会签: every assignee must approve; one rejection rejects.</summary>
    All,

    /// <summary><see cref="ApprovalSettings.Count"/> approvals complete the node; <see cref="ApprovalSettings.RejectThreshold"/> rejections (or approval becoming impossible) reject it.</summary>
    Count,

    /// <summary>A share of approvals (<see cref="ApprovalSettings.Ratio"/>) completes the node; rejections as for <see cref="Count"/>.</summary>
    Ratio,

    /// <summary>依次: assignees one after another, in the order the rules resolve them; one rejection rejects.</summary>
    Sequential,
}
