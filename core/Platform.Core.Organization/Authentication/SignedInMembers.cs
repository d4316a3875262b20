using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Authentication;

internal sealed class SignedInMembers(OrgSnapshotHolder holder) : ISignedInMembers
{
    public IReadOnlyList<string>? FixedRolesOf(string memberId)
    {
        var model = holder.Current.Model;
        if (!model.Members.TryGetValue(memberId, out var member) || !member.IsEnabled)
        {
            return null;
        }

        return model.RolesOfMember.GetValueOrDefault(memberId, [])
            .Select(h => model.Roles.GetValueOrDefault(h.RoleId))
            .Where(r => r is { Kind: RoleKind.Fixed })
            .Select(r => r!.Code)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
