using System.Collections.Concurrent;
using System.Collections.Frozen;
using Platform.Contracts.Organization.Model;
using Platform.Contracts.Organization.Permissions;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Organization.Snapshot;

/// <summary>
/// The organisation in memory, immutable: lookups by id and code, the department tree, who sits where, roles and
/// groups. Answers directory questions without touching the database. Per-department member lists and per-member
/// principal sets are computed on first use and kept for the model's lifetime.
/// </summary>
internal sealed class OrgModel
{
    private readonly ConcurrentDictionary<(string, bool, bool), IReadOnlyList<Member>> _membersOf = new();
    private readonly ConcurrentDictionary<string, MemberFacts> _facts = new(StringComparer.Ordinal);

    public required FrozenDictionary<string, OrgUnit> Units { get; init; }

    public required FrozenDictionary<string, Department> Departments { get; init; }

    public required FrozenDictionary<string, Department[]> Children { get; init; }

    public required FrozenDictionary<string, Department[]> TopDepartments { get; init; }

    public required FrozenDictionary<string, Post> Posts { get; init; }

    public required FrozenDictionary<string, JobLevel> Levels { get; init; }

    public required FrozenDictionary<string, Member> Members { get; init; }

    public required FrozenDictionary<string, Member> MembersByLogin { get; init; }

    /// <summary>Every member, ordered by name (then code).</summary>
    public required Member[] MembersByName { get; init; }

    /// <summary>
    /// Members with a position (primary or concurrent) directly in each department, each once, as indexes into
    /// <see cref="MembersByName"/> — so a subtree's members come out in name order without sorting.
    /// </summary>
    public required FrozenDictionary<string, int[]> DirectMembers { get; init; }

    public required FrozenDictionary<string, Role> Roles { get; init; }

    public required FrozenDictionary<string, Role> RolesByCode { get; init; }

    public required FrozenDictionary<string, RoleHolder[]> RolesOfMember { get; init; }

    public required FrozenDictionary<string, RoleHolder[]> HoldersOfRole { get; init; }

    public required FrozenDictionary<string, Group> Groups { get; init; }

    public required FrozenDictionary<string, Group[]> GroupsOfMember { get; init; }

    /// <summary>Ancestors of a department, nearest first.</summary>
    public List<Department> AncestorsOf(string departmentId)
    {
        var result = new List<Department>();
        var current = Departments.GetValueOrDefault(departmentId);
        while (current?.ParentId is { } parent && Departments.TryGetValue(parent, out var next))
        {
            result.Add(next);
            current = next;
        }

        return result;
    }

    /// <summary>The department and all below it, parents before children, siblings in sort order.</summary>
    public List<Department> SubtreeOf(string departmentId)
    {
        var result = new List<Department>();
        if (!Departments.TryGetValue(departmentId, out var root))
        {
            return result;
        }

        var stack = new Stack<Department>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var department = stack.Pop();
            result.Add(department);
            var children = Children.GetValueOrDefault(department.Id, []);
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return result;
    }

    /// <summary>Members of a department (and below), each once, ordered by name; computed once per snapshot.</summary>
    public IReadOnlyList<Member> MembersOf(string departmentId, bool includeSubDepartments, bool includeDisabled) =>
        _membersOf.GetOrAdd((departmentId, includeSubDepartments, includeDisabled), key => ComputeMembersOf(key.Item1, key.Item2, key.Item3));

    /// <summary>What <see cref="MembersOf"/> caches, computed afresh: the members' name-order indexes are marked, then read in order.</summary>
    public IReadOnlyList<Member> ComputeMembersOf(string departmentId, bool includeSubDepartments, bool includeDisabled)
    {
        var departments = includeSubDepartments ? SubtreeOf(departmentId) : Departments.TryGetValue(departmentId, out var only) ? [only] : [];
        var marked = new bool[MembersByName.Length];
        var count = 0;
        foreach (var department in departments)
        {
            foreach (var index in DirectMembers.GetValueOrDefault(department.Id, []))
            {
                if (!marked[index] && (includeDisabled || MembersByName[index].IsEnabled))
                {
                    marked[index] = true;
                    count++;
                }
            }
        }

        var members = new List<Member>(count);
        for (var index = 0; index < marked.Length && members.Count < count; index++)
        {
            if (marked[index])
            {
                members.Add(MembersByName[index]);
            }
        }

        return members.AsReadOnly();
    }

    /// <summary>Principal tokens and ranks of a member; <see langword="null"/> for an unknown or disabled member.</summary>
    public MemberFacts? FactsOf(string memberId)
    {
        if (!Members.TryGetValue(memberId, out var member) || !member.IsEnabled)
        {
            return null;
        }

        return _facts.GetOrAdd(memberId, _ => ComputeFacts(member));
    }

    public static int ByName(Member a, Member b)
    {
        var byName = string.CompareOrdinal(a.Name, b.Name);
        return byName != 0 ? byName : string.CompareOrdinal(a.Code, b.Code);
    }

    private MemberFacts ComputeFacts(Member member)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal) { Principal.Everyone.Token!, Principal.Member(member.Id).Token! };
        var ranks = new List<int>();
        foreach (var position in member.Positions)
        {
            if (!Departments.TryGetValue(position.DepartmentId, out var department))
            {
                continue;
            }

            tokens.Add(Principal.Department(department.Id, includeSubDepartments: false).Token!);
            tokens.Add(Principal.Department(department.Id, includeSubDepartments: true).Token!);
            foreach (var ancestor in AncestorsOf(department.Id))
            {
                tokens.Add(Principal.Department(ancestor.Id, includeSubDepartments: true).Token!);
            }

            tokens.Add(Principal.Unit(department.UnitId).Token!);
            if (position.PostId is { } post)
            {
                tokens.Add(Principal.Post(post).Token!);
            }

            if (position.LevelId is { } levelId && Levels.TryGetValue(levelId, out var level))
            {
                ranks.Add(level.Rank);
            }
        }

        foreach (var holder in RolesOfMember.GetValueOrDefault(member.Id, []))
        {
            tokens.Add(Principal.Role(holder.RoleId).Token!);
        }

        foreach (var group in GroupsOfMember.GetValueOrDefault(member.Id, []))
        {
            tokens.Add(Principal.Group(group.Id).Token!);
        }

        return new MemberFacts(tokens.ToFrozenSet(StringComparer.Ordinal), [.. ranks.Distinct()]);
    }
}
