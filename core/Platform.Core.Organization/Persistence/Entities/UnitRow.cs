namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class UnitRow
{
    public required string Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string ShortName { get; set; }

    public string? ParentId { get; set; }
}
