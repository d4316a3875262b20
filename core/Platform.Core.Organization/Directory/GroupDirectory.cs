using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Model;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Directory;

internal sealed class GroupDirectory(OrgSnapshotHolder holder) : IGroupDirectory
{
    public Group? FindGroup(string id) => holder.Current.Model.Groups.GetValueOrDefault(id);

    public IReadOnlyList<Group> GroupsOf(string memberId) => holder.Current.Model.GroupsOfMember.GetValueOrDefault(memberId, []);
}
