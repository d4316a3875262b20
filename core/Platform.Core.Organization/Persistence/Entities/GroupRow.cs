namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class GroupRow
{
    public required string Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }
}
