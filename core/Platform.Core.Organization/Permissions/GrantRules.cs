using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Permissions;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Permissions;

/// <summary>What a grant must satisfy: a resource and action of sensible length, and a principal that exists.</summary>
internal static class GrantRules
{
    public static void Check(NewGrant grant, OrgModel model)
    {
        var errors = new List<FieldError>();
        Text(grant.Resource, "resource", 200, errors);
        Text(grant.Action, "action", 64, errors);
        var principal = grant.Principal;
        if (principal is null)
        {
            errors.Add(new FieldError("principal", "required", "A principal is required."));
        }
        else if (principal.Kind == PrincipalKind.LevelRange)
        {
            if (principal.MinRank is null && principal.MaxRank is null)
            {
                errors.Add(new FieldError("principal.minRank", "required", "A level range needs a lowest or a highest rank."));
            }
            else if (principal.MinRank > principal.MaxRank)
            {
                errors.Add(new FieldError("principal.maxRank", "out_of_range", "The highest rank is below the lowest."));
            }
        }
        else if (principal.Kind != PrincipalKind.Everyone && !Exists(principal, model))
        {
            errors.Add(new FieldError("principal.id", "unknown_reference", $"There is no {principal.Kind} '{principal.Id}'."));
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }
    }

    private static bool Exists(Principal principal, OrgModel model) => principal.Id is { } id && principal.Kind switch
    {
        PrincipalKind.Member => model.Members.ContainsKey(id),
        PrincipalKind.Department or PrincipalKind.DepartmentTree => model.Departments.ContainsKey(id),
        PrincipalKind.Post => model.Posts.ContainsKey(id),
        PrincipalKind.Role => model.Roles.ContainsKey(id),
        PrincipalKind.Unit => model.Units.ContainsKey(id),
        PrincipalKind.Group => model.Groups.ContainsKey(id),
        _ => false,
    };

    private static void Text(string? value, string field, int max, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "required", $"{field} is required."));
        }
        else if (value.Length > max)
        {
            errors.Add(new FieldError(field, "too_long", $"{field} is longer than {max} characters."));
        }
    }
}
