using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;

namespace Platform.Apps.News.Categories;

/// <summary>
/// Checks and normalises the principal tokens of a category's lists against the organisation: members, departments,
/// roles and groups must exist; a role may be given by code (<c>role:news_editor</c>) and is stored by id, the form the
/// organisation engine's tokens use. Duplicates are dropped.
/// </summary>
internal sealed class PrincipalTokens(IMemberDirectory members, IOrgStructure structure, IRoleResolver roles, IGroupDirectory groups)
{
    private static readonly string[] Kinds = ["member", "dept", "dept-tree", "role", "post", "unit", "group"];

    public List<string> Normalise(List<string>? tokens, string field, List<FieldError> errors)
    {
        var result = new List<string>();
        if (tokens is null)
        {
            return result;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i]?.Trim() ?? "";
            var path = $"{field}[{i}]";
            if (token == "everyone")
            {
                Add(result, token);
                continue;
            }

            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var kind = colon > 0 ? token[..colon] : "";
            var id = colon > 0 ? token[(colon + 1)..] : "";
            if (!Kinds.Contains(kind) || id.Length == 0)
            {
                errors.Add(new FieldError(path, "news.principal_invalid", $"'{token}' is not a principal: use everyone, member:ID, dept:ID, dept-tree:ID, role:CODE, post:ID, unit:ID or group:ID."));
                continue;
            }

            var normalised = Resolve(kind, id);
            if (normalised is null)
            {
                errors.Add(new FieldError(path, "news.principal_unknown", $"The organisation has no {kind} '{id}'."));
                continue;
            }

            Add(result, normalised);
        }

        return result;
    }

    private static void Add(List<string> list, string token)
    {
        if (!list.Contains(token, StringComparer.Ordinal))
        {
            list.Add(token);
        }
    }

    private string? Resolve(string kind, string id) => kind switch
    {
        "member" => members.FindMember(id) is null ? null : $"member:{id}",
        "dept" or "dept-tree" => structure.FindDepartment(id) is null ? null : $"{kind}:{id}",
        "role" => (roles.FindRole(id) ?? roles.FindRoleById(id)) is { } role ? $"role:{role.Id}" : null,
        "group" => groups.FindGroup(id) is null ? null : $"group:{id}",
        _ => $"{kind}:{id}",
    };
}
