using System.Text.Json.Nodes;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Runtime;

/// <summary>Resolves assignee rules through the organization engine into enabled member ids, in rule order, without duplicates.</summary>
internal sealed class AssigneeResolver(IMemberDirectory members, IGroupDirectory groups, IRoleResolver roles)
{
    public List<string> Resolve(IEnumerable<AssigneeRule> rules, Applicant applicant, JsonObject? data)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var id in ResolveOne(rule, applicant, data))
            {
                if (members.FindMember(id) is { IsEnabled: true } && seen.Add(id))
                {
                    result.Add(id);
                }
            }
        }

        return result;
    }

    private IEnumerable<string> ResolveOne(AssigneeRule rule, Applicant applicant, JsonObject? data) => rule.Kind switch
    {
        AssigneeKind.Member => rule.Value is null ? [] : [rule.Value],
        AssigneeKind.Submitter => [applicant.MemberId],
        AssigneeKind.Department => rule.Value is null ? [] : members.MembersOf(rule.Value, rule.IncludeSubDepartments).Select(m => m.Id),
        AssigneeKind.Post => rule.Value is null ? [] : members.MembersWithPost(rule.Value).Select(m => m.Id),
        AssigneeKind.Group => rule.Value is null ? [] : groups.FindGroup(rule.Value)?.MemberIds ?? [],
        AssigneeKind.Role => rule.Value is null ? [] : roles.HoldersOf(rule.Value),
        AssigneeKind.RelativeRole => rule.Value is null || applicant.DepartmentId is null ? [] : roles.ResolveRelative(rule.Value, applicant.DepartmentId, Relative(rule.Relative)),
        AssigneeKind.MemberField => Strings(data, rule.Field),
        AssigneeKind.DepartmentField => Strings(data, rule.Field).SelectMany(d => members.MembersOf(d, rule.IncludeSubDepartments).Select(m => m.Id)),
        AssigneeKind.RolePerDepartmentField => rule.Value is null ? [] : Strings(data, rule.Field).SelectMany(d => roles.ResolveRelative(rule.Value, d, Relative(rule.Relative)).Take(1)),
        _ => [],
    };

    private static RelativeTo Relative(RelativeScope scope) => scope switch
    {
        RelativeScope.Self => RelativeTo.Self,
        RelativeScope.Parent => RelativeTo.Parent,
        _ => RelativeTo.NearestUp,
    };

    /// <summary>
    /// A field's value as ids: a single string or an array of strings (member and department pickers); <c>table.column</c>
    /// collects a sub-table column over its rows.
    /// </summary>
    private static IEnumerable<string> Strings(JsonObject? data, string? field)
    {
        if (data is null || field is null)
        {
            return [];
        }

        var dot = field.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return data[field[..dot]] is JsonArray rows
                ? rows.OfType<JsonObject>().SelectMany(row => Ids(row[field[(dot + 1)..]]))
                : [];
        }

        return Ids(data[field]);
    }

    private static IEnumerable<string> Ids(JsonNode? value) => value switch
    {
        JsonArray array => array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>(),
        JsonValue single when single.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
