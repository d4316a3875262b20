using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>Plans groups and, where the document lists them, their members: removed members are deleted, new ones added.</summary>
internal static class GroupPlanner
{
    public static void Plan(PlanContext context)
    {
        var (document, index, existing, ids, plan) = context;
        var tally = plan.Tallies["groups"];
        foreach (var (group, code) in PlanContext.Firsts(document.Groups, index.Groups, g => g.Code))
        {
            var stored = existing.Groups.ByCode(code);
            var row = new GroupRow { Id = ids.Group(code), Code = code, Name = group.Name ?? "" };
            var rowChanged = stored is not null && stored.Name != row.Name;
            var membersChanged = false;
            if (group.Members is not null)
            {
                var storedMembers = existing.GroupMembers.GetValueOrDefault(row.Id) ?? [];
                var wanted = group.Members.Select(ids.Member).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var before = plan.GroupMembers.Count;
                plan.GroupMembers.Deletes.AddRange(storedMembers.Where(m => !wanted.Contains(m)).Select(m => new GroupMemberRow { GroupId = row.Id, MemberId = m }));
                plan.GroupMembers.Inserts.AddRange(wanted.Where(m => !storedMembers.Contains(m)).Select(m => new GroupMemberRow { GroupId = row.Id, MemberId = m }));
                membersChanged = plan.GroupMembers.Count != before;
            }

            tally.Count(stored is null, rowChanged || membersChanged);
            (stored is null ? plan.Groups.Inserts : rowChanged ? plan.Groups.Updates : null)?.Add(row);
        }
    }
}
