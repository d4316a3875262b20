using Platform.Contracts.Organization.Permissions;
using Platform.Core.Organization.Snapshot;

namespace Platform.Bench.Organization.Queries;

/// <summary>
/// A realistic set of grants for the benchmark (deterministic): 500 resources, each with 2–6 grants drawn from
/// department subtrees, single departments, posts, roles, level ranges, groups and members, one in ten a deny.
/// </summary>
internal static class GrantSet
{
    public const int Resources = 500;

    public static List<NewGrant> Create(OrgModel model, int seed)
    {
        var random = new Random(seed);
        var departments = model.Departments.Keys.Order(StringComparer.Ordinal).ToArray();
        var posts = model.Posts.Keys.Order(StringComparer.Ordinal).ToArray();
        var roles = model.Roles.Keys.Order(StringComparer.Ordinal).ToArray();
        var members = model.Members.Keys.Order(StringComparer.Ordinal).ToArray();
        var grants = new List<NewGrant>();
        for (var r = 0; r < Resources; r++)
        {
            var resource = $"bench/resource/{r}";
            var count = random.Next(2, 7);
            for (var g = 0; g < count; g++)
            {
                var principal = random.Next(7) switch
                {
                    0 => Principal.Department(Pick(random, departments), includeSubDepartments: true),
                    1 => Principal.Department(Pick(random, departments), includeSubDepartments: false),
                    2 => Principal.Post(Pick(random, posts)),
                    3 when roles.Length > 0 => Principal.Role(Pick(random, roles)),
                    4 => Principal.Levels(random.Next(1, 10), random.Next(10, 30)),
                    5 => Principal.Member(Pick(random, members)),
                    _ => Principal.Everyone,
                };
                var action = random.Next(3) == 0 ? "*" : random.Next(2) == 0 ? "read" : "edit";
                grants.Add(new NewGrant(resource, action, principal, random.Next(10) == 0 ? GrantEffect.Deny : GrantEffect.Allow));
            }
        }

        return grants;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
