using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Roles;

namespace Platform.Bench.Organization.Generation;

/// <summary>
/// Builds a realistic organisation, the same for the same settings (one seeded <see cref="Random"/>, consumed in a fixed
/// order): units nested three deep; each unit's departments grown as a tree up to <see cref="GeneratorSettings.MaxDepth"/>
/// levels, favouring recent departments as parents so deep branches occur; members spread over the departments with a
/// post, a level skewed towards the junior ranks, mostly an e-mail address and a mobile number; concurrent posts on
/// random members; a head for every department, leaders in charge, administrators, and groups.
/// </summary>
internal sealed class OrgGenerator(GeneratorSettings settings)
{
    private readonly Random _random = new(settings.Seed);

    public OrgDocument Generate()
    {
        var units = Units();
        var (departments, depthOf) = Departments(units);
        var posts = Enumerable.Range(1, settings.Posts)
            .Select(i => new PostRecord { Code = $"P{i:D4}", Name = $"{Pick(NamePools.Posts)}{i:D4}" }).ToList();
        var levels = Enumerable.Range(1, settings.Levels)
            .Select(i => new LevelRecord { Code = $"L{i:D2}", Name = $"{i}级职员", Rank = i }).ToList();
        var members = Members(departments, posts, levels);
        return new OrgDocument
        {
            Units = units,
            Departments = departments,
            Posts = posts,
            Levels = levels,
            Members = members,
            Roles = Roles(departments, depthOf, members),
            Groups = Groups(members),
        };
    }

    private List<UnitRecord> Units() =>
        Enumerable.Range(0, settings.Units).Select(i => new UnitRecord
        {
            Code = $"U{i:D2}",
            Name = NamePools.Units[i % NamePools.Units.Length] + (i < NamePools.Units.Length ? "" : $"{i}"),
            ShortName = i % 3 == 0 ? null : $"U{i:D2}简称",
            // U00 is the group; U01–U04 sit under it; the rest under one of those.
            Parent = i == 0 ? null : i <= 4 ? "U00" : $"U{1 + (i % 4):D2}",
        }).ToList();

    private (List<DepartmentRecord> Departments, Dictionary<string, int> DepthOf) Departments(List<UnitRecord> units)
    {
        var all = new List<DepartmentRecord>(settings.Departments);
        var depthOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var perUnit = settings.Departments / units.Count;
        foreach (var unit in units)
        {
            var own = new List<DepartmentRecord>();
            var children = new Dictionary<string, int>(StringComparer.Ordinal);
            var count = unit == units[^1] ? settings.Departments - all.Count : perUnit;
            for (var i = 0; i < count; i++)
            {
                var parent = i < settings.TopDepartmentsPerUnit ? null : ChooseParent(own, depthOf);
                var code = $"D{all.Count + 1:D5}";
                var siblings = children[parent ?? ""] = children.GetValueOrDefault(parent ?? "") + 1;
                var department = new DepartmentRecord
                {
                    Code = code, Name = $"{Pick(NamePools.Departments)}{i + 1}", Unit = unit.Code, Parent = parent, SortOrder = siblings,
                };
                depthOf[code] = parent is null ? 1 : depthOf[parent] + 1;
                own.Add(department);
                all.Add(department);
            }
        }

        return (all, depthOf);
    }

    /// <summary>Half the time one of the 20 most recent departments (deep branches), else any; never one at the maximum depth.</summary>
    private string ChooseParent(List<DepartmentRecord> own, Dictionary<string, int> depthOf)
    {
        while (true)
        {
            var candidate = _random.NextDouble() < 0.5
                ? own[Math.Max(0, own.Count - 1 - _random.Next(20))]
                : own[_random.Next(own.Count)];
            if (depthOf[candidate.Code!] < settings.MaxDepth)
            {
                return candidate.Code!;
            }
        }
    }

    private List<MemberRecord> Members(List<DepartmentRecord> departments, List<PostRecord> posts, List<LevelRecord> levels)
    {
        var members = new List<MemberRecord>(settings.Members);
        for (var i = 1; i <= settings.Members; i++)
        {
            var login = $"user{i:D6}";
            members.Add(new MemberRecord
            {
                Code = $"M{i:D6}",
                Login = login,
                Name = Pick(NamePools.Surnames) + Pick(NamePools.GivenNames),
                Department = Pick(departments).Code,
                Post = _random.NextDouble() < 0.9 ? Pick(posts).Code : null,
                Level = Level(levels).Code,
                Email = _random.NextDouble() < 0.8 ? $"{login}@example.gov.cn" : null,
                Mobile = _random.NextDouble() < 0.9 ? $"1{_random.Next(30, 90)}{_random.Next(0, 100_000_000):D8}" : null,
                Enabled = _random.NextDouble() < 0.97 ? null : false,
            });
        }

        var concurrent = new Dictionary<int, List<PositionRecord>>();
        for (var i = 0; i < settings.ConcurrentPositions; i++)
        {
            var member = _random.Next(members.Count);
            if (!concurrent.TryGetValue(member, out var list))
            {
                concurrent[member] = list = [];
            }

            list.Add(new PositionRecord { Department = Pick(departments).Code, Post = Pick(posts).Code, Level = _random.NextDouble() < 0.5 ? Level(levels).Code : null });
        }

        foreach (var (member, positions) in concurrent)
        {
            members[member] = members[member] with { Concurrent = positions };
        }

        return members;
    }

    /// <summary>Most people are junior: the rank is the smaller of two draws, twice.</summary>
    private LevelRecord Level(List<LevelRecord> levels) =>
        levels[Math.Min(Math.Min(_random.Next(levels.Count), _random.Next(levels.Count)), _random.Next(levels.Count))];

    private List<RoleRecord> Roles(List<DepartmentRecord> departments, Dictionary<string, int> depthOf, List<MemberRecord> members)
    {
        var inDepartment = members.GroupBy(m => m.Department!).ToDictionary(g => g.Key, g => g.First().Code!);
        var heads = departments.Select(d => new RoleHolderRecord { Member = inDepartment.GetValueOrDefault(d.Code!) ?? Pick(members).Code, Department = d.Code }).ToList();
        var leaders = departments.Where(d => depthOf[d.Code!] <= 2)
            .Select(d => new RoleHolderRecord { Member = Pick(members).Code, Department = d.Code })
            .DistinctBy(h => (h.Member, h.Department)).ToList();
        return
        [
            new RoleRecord { Code = WellKnownRoles.Administrator, Name = "系统管理员", Kind = RoleKind.Fixed, Holders = [.. members.Take(5).Select(m => new RoleHolderRecord { Member = m.Code })] },
            new RoleRecord { Code = WellKnownRoles.DepartmentHead, Name = "部门主管", Kind = RoleKind.Relative, Holders = heads },
            new RoleRecord { Code = WellKnownRoles.LeaderInCharge, Name = "分管领导", Kind = RoleKind.Relative, Holders = leaders },
            new RoleRecord
            {
                Code = "archivist", Name = "档案员", Kind = RoleKind.Fixed,
                Holders = [.. Enumerable.Range(0, 200).Select(_ => Pick(members).Code).Distinct().Select(c => new RoleHolderRecord { Member = c })],
            },
        ];
    }

    private List<GroupRecord> Groups(List<MemberRecord> members) =>
        Enumerable.Range(1, settings.Groups).Select(i => new GroupRecord
        {
            Code = $"G{i:D3}",
            Name = $"工作组{i}",
            Members = [.. Enumerable.Range(0, _random.Next(20, 200)).Select(_ => Pick(members).Code!).Distinct()],
        }).ToList();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
