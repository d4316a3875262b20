namespace Platform.Contracts.Organization.Roles;

/// <summary>Role codes every installation has.</summary>
public static class WellKnownRoles
{
    /// <summary>System administrator (系统管理员): manages the organisation, modules and settings. Fixed.</summary>
    public const string Administrator = "admin";

    /// <summary>Department head (部门主管). Relative: held for a department.</summary>
    public const string DepartmentHead = "department_head";

    /// <summary>Leader in charge (分管领导). Relative: held for each department the leader oversees.</summary>
    public const string LeaderInCharge = "leader_in_charge";
}
