namespace Platform.Contracts.Workflow.Definitions;

/// <summary>A rule that names assignees, resolved through the organization engine when the node is reached.</summary>
public sealed record AssigneeRule
{
    /// <summary>What the rule names.</summary>
    public required AssigneeKind Kind { get; init; }

    /// <summary>
    /// The value: member id (<see cref="AssigneeKind.Member"/>), department id, post id, group id, or role code
    /// (<see cref="AssigneeKind.Role"/>, <see cref="AssigneeKind.RelativeRole"/>, <see cref="AssigneeKind.RolePerDepartmentField"/>).
    /// </summary>
    public string? Value { get; init; }

    /// <summary>Form field key for <see cref="AssigneeKind.MemberField"/>, <see cref="AssigneeKind.DepartmentField"/> and <see cref="AssigneeKind.RolePerDepartmentField"/>.</summary>
    public string? Field { get; init; }

    /// <summary>For relative roles: where to look from the department (the applicant's, or each listed one). Default: nearest holder up the tree.</summary>
    public RelativeScope Relative { get; init; } = RelativeScope.NearestUp;

    /// <summary>For <see cref="AssigneeKind.Department"/>: include members of sub-departments.</summary>
    public bool IncludeSubDepartments { get; init; }
}
