using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>
/// Plans members and their positions. A member's positions are what the document says — ordinal 0 the primary one,
/// 1… the concurrent ones — and are replaced as a whole when any of them differs. An unchanged member is compared in
/// place and allocates nothing, which keeps re-importing 130,000 members cheap.
/// </summary>
internal static class MemberPlanner
{
    public static void Plan(PlanContext context)
    {
        var (document, index, existing, ids, plan) = context;
        var tally = plan.Tallies["members"];
        foreach (var (member, code) in PlanContext.Firsts(document.Members, index.Members, m => m.Code))
        {
            var id = ids.Member(code)!;
            var stored = existing.Members.ByCode(code);
            if (stored is null)
            {
                tally.Count(isNew: true, changed: false);
                plan.Members.Inserts.Add(Row(member, id, code));
                plan.Positions.Inserts.AddRange(PositionsOf(member, id, ids));
                continue;
            }

            var rowChanged = stored.Login != (member.Login ?? "") || stored.Name != (member.Name ?? "") || stored.Email != ImportText.Clean(member.Email)
                || stored.Mobile != ImportText.Clean(member.Mobile) || stored.Enabled != (member.Enabled ?? true);
            var positionsChanged = !Same(existing.Positions.GetValueOrDefault(stored.Id), member, ids);
            tally.Count(isNew: false, rowChanged || positionsChanged);
            if (rowChanged)
            {
                var row = Row(member, id, code);
                plan.Members.Updates.Add(row);
                if (stored.LoginKey != row.LoginKey)
                {
                    plan.LoginMoves.Add(row);
                }
            }

            if (positionsChanged)
            {
                var positions = PositionsOf(member, id, ids);
                plan.Positions.Deletes.Add(positions[0]);
                plan.Positions.Inserts.AddRange(positions);
            }
        }
    }

    private static MemberRow Row(MemberRecord member, string id, string code) => new()
    {
        Id = id,
        Code = code,
        Login = member.Login ?? "",
        LoginKey = ImportText.LoginKey(member.Login ?? ""),
        Name = member.Name ?? "",
        Email = ImportText.Clean(member.Email),
        Mobile = ImportText.Clean(member.Mobile),
        Enabled = member.Enabled ?? true,
    };

    private static List<PositionRow> PositionsOf(MemberRecord member, string memberId, ImportIds ids)
    {
        var concurrent = member.Concurrent ?? [];
        var positions = new List<PositionRow>(1 + concurrent.Count)
        {
            new() { MemberId = memberId, Ordinal = 0, DepartmentId = ids.Department(member.Department) ?? "", PostId = ids.Post(member.Post), LevelId = ids.Level(member.Level) },
        };
        foreach (var position in concurrent)
        {
            if (position is not null)
            {
                positions.Add(new PositionRow
                {
                    MemberId = memberId, Ordinal = positions.Count, DepartmentId = ids.Department(position.Department) ?? "", PostId = ids.Post(position.Post), LevelId = ids.Level(position.Level),
                });
            }
        }

        return positions;
    }

    /// <summary>Whether the stored positions are exactly the document's, compared without building rows.</summary>
    private static bool Same(List<PositionRow>? stored, MemberRecord member, ImportIds ids)
    {
        if (stored is null || stored.Count == 0 || !Same(stored[0], member.Department, member.Post, member.Level, ids))
        {
            return false;
        }

        var ordinal = 1;
        foreach (var position in member.Concurrent ?? [])
        {
            if (position is null)
            {
                continue;
            }

            if (ordinal >= stored.Count || !Same(stored[ordinal], position.Department, position.Post, position.Level, ids))
            {
                return false;
            }

            ordinal++;
        }

        return ordinal == stored.Count;
    }

    private static bool Same(PositionRow stored, string? department, string? post, string? level, ImportIds ids) =>
        stored.DepartmentId == ids.Department(department) && stored.PostId == ids.Post(post) && stored.LevelId == ids.Level(level);
}
