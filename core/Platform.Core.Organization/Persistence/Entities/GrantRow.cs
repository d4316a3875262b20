using Platform.Contracts.Organization.Permissions;

namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class GrantRow
{
    public required string Id { get; set; }

    public required string Resource { get; set; }

    public required string Action { get; set; }

    public PrincipalKind PrincipalKind { get; set; }

    public string? PrincipalId { get; set; }

    public int? MinRank { get; set; }

    public int? MaxRank { get; set; }

    public GrantEffect Effect { get; set; }
}
