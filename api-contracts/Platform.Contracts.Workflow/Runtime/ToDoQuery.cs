using Platform.Contracts.Paging;

namespace Platform.Contracts.Workflow.Runtime;

/// <summary>A member's work items.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Page">Page (newest first).</param>
public sealed record ToDoQuery(string MemberId, PageRequest Page)
{
    /// <summary>Only work of this app.</summary>
    public string? App { get; init; }

    /// <summary>Only overdue work.</summary>
    public bool OverdueOnly { get; init; }

    /// <summary>Open (and waiting) items when false (the to-do list); done items when true.</summary>
    public bool Done { get; init; }
}
