using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>
/// Every row an import writes, worked out before anything is written. Items that did not change contribute no row at
/// all, which is what makes re-importing an unchanged document cheap.
/// </summary>
internal sealed class ImportPlan
{
    public RowChanges<UnitRow> Units { get; } = new();

    public RowChanges<DepartmentRow> Departments { get; } = new();

    public RowChanges<PostRow> Posts { get; } = new();

    public RowChanges<LevelRow> Levels { get; } = new();

    /// <summary>Stored levels whose rank changes: moved out of the way first, so swapping two ranks never trips the unique index.</summary>
    public List<LevelRow> RankMoves { get; } = [];

    /// <summary>A rank below every stored and imported one, counting down, for <see cref="RankMoves"/>.</summary>
    public int FreeRankBelow { get; set; } = -1;

    public RowChanges<MemberRow> Members { get; } = new();

    /// <summary>Stored members whose login changes: moved out of the way first, so swapping two logins never trips the unique index.</summary>
    public List<MemberRow> LoginMoves { get; } = [];

    /// <summary>Positions: <see cref="RowChanges{TRow}.Deletes"/> holds one row per member whose positions are all replaced.</summary>
    public RowChanges<PositionRow> Positions { get; } = new();

    public RowChanges<RoleRow> Roles { get; } = new();

    public RowChanges<RoleHolderRow> Holders { get; } = new();

    public RowChanges<GroupRow> Groups { get; } = new();

    public RowChanges<GroupMemberRow> GroupMembers { get; } = new();

    public Dictionary<string, ImportTally> Tallies { get; } = new(StringComparer.Ordinal)
    {
        ["units"] = new(), ["departments"] = new(), ["posts"] = new(), ["levels"] = new(), ["members"] = new(), ["roles"] = new(), ["groups"] = new(),
    };

    public int RowCount =>
        Units.Count + Departments.Count + Posts.Count + Levels.Count + Members.Count + Positions.Count
        + Roles.Count + Holders.Count + Groups.Count + GroupMembers.Count;

    public bool IsEmpty => RowCount == 0;

    public IReadOnlyDictionary<string, ImportCounts> Counts() => Tallies.ToDictionary(t => t.Key, t => t.Value.ToCounts(), StringComparer.Ordinal);
}
