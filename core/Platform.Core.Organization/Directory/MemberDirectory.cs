using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Model;
using Platform.Contracts.Paging;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Directory;

internal sealed class MemberDirectory(OrgSnapshotHolder holder) : IMemberDirectory
{
    private OrgModel Model => holder.Current.Model;

    public Member? FindMember(string id) => Model.Members.GetValueOrDefault(id);

    public Member? FindByLogin(string login) => Model.MembersByLogin.GetValueOrDefault(login);

    public IReadOnlyList<Member> MembersOf(string departmentId, bool includeSubDepartments, bool includeDisabled = false) =>
        Model.MembersOf(departmentId, includeSubDepartments, includeDisabled);

    public IReadOnlyList<Member> MembersWithPost(string postId, bool includeDisabled = false)
    {
        var holders = Model.Members.Values
            .Where(m => (includeDisabled || m.IsEnabled) && m.Positions.Any(p => p.PostId == postId))
            .ToList();
        holders.Sort(OrgModel.ByName);
        return holders;
    }

    public Page<Member> Search(string text, PageRequest page)
    {
        var term = text.Trim();
        var matches = Model.Members.Values
            .Where(m => term.Length == 0 ||
                m.Name.Contains(term, StringComparison.OrdinalIgnoreCase) ||
                m.Login.Contains(term, StringComparison.OrdinalIgnoreCase) ||
                m.Code.Contains(term, StringComparison.OrdinalIgnoreCase))
            .ToList();
        matches.Sort(OrgModel.ByName);
        return new Page<Member>(matches.Skip(page.Offset).Take(page.Limit).ToList(), page.Offset, page.Limit, matches.Count);
    }
}
