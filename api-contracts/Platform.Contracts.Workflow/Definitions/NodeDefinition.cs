using Platform.Contracts.Forms.Permissions;

namespace Platform.Contracts.Workflow.Definitions;

/// <summary>One node of a process.</summary>
public sealed record NodeDefinition
{
    /// <summary>Id, unique in the definition (letters, digits, <c>-</c>, <c>_</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>What the node does.</summary>
    public required NodeType Type { get; init; }

    /// <summary>For <see cref="NodeType.Approval"/>: who approves and how.</summary>
    public ApprovalSettings? Approval { get; init; }

    /// <summary>For <see cref="NodeType.Notify"/>: who receives the notice.</summary>
    public IReadOnlyList<AssigneeRule>? Recipients { get; init; }

    /// <summary>For <see cref="NodeType.SubProcess"/>: key of the published process to run (its latest version at the time).</summary>
    public string? SubProcessKey { get; init; }

    /// <summary>Field permissions on the form at this node (start and approval nodes). Without one, fields are read-only for approvers and editable at the start.</summary>
    public FieldPermissionProfile? FormProfile { get; init; }
}
