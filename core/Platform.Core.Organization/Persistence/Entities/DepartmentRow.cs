namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class DepartmentRow
{
    public required string Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string UnitId { get; set; }

    public string? ParentId { get; set; }

    public int SortOrder { get; set; }
}
