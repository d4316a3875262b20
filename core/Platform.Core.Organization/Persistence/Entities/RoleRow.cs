using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class RoleRow
{
    public required string Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public RoleKind Kind { get; set; }
}
