namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class RoleHolderRow
{
    public long Id { get; set; }

    public required string RoleId { get; set; }

    public required string MemberId { get; set; }

    /// <summary>For a relative role, the department it is held for.</summary>
    public string? DepartmentId { get; set; }
}
