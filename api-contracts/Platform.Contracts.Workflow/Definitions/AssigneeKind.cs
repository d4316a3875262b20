namespace Platform.Contracts.Workflow.Definitions;

/// <summary>Kinds of assignee rule.</summary>
public enum AssigneeKind
{
    /// <summary>A named member.</summary>
    Member,

    /// <summary>Every enabled member of a department.</summary>
    Department,

    /// <summary>Every enabled member holding a post.</summary>
    Post,

    /// <summary>Every member of a group.</summary>
    Group,

    /// <summary>Every holder of a fixed role.</summary>
    Role,

    /// <summary>A relative role (e.g. <c>department_head</c>) resolved from the applicant's department.</summary>
    RelativeRole,

    /// <summary>The submitter (applicant).</summary>
    Submitter,

    /// <summary>The member(s) chosen in a member-picker form field.</summary>
    MemberField,

    /// <summary>Every enabled member of the department(s) chosen in a department-picker form field.</summary>
    DepartmentField,

    /// <summary>
    /// Cross-department countersign: for each department listed in a department-picker field, the holder(s) of a relative
    /// role there (e.g. each listed department's head) — one assignee per department.
    /// </summary>
    RolePerDepartmentField,
}
