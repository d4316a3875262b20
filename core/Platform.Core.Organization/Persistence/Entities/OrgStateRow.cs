namespace Platform.Core.Organization.Persistence.Entities;

/// <summary>One row: a version number raised by every change to the organisation, so readers (other nodes too) know their copy is stale.</summary>
internal sealed class OrgStateRow
{
    public int Id { get; set; } = 1;

    public long Version { get; set; }
}
