using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Definitions;

/// <summary>Assignee rules against the organization and the form: every id, role and field they name must exist and fit.</summary>
internal sealed class AssigneeCheck(IMemberDirectory members, IOrgStructure structure, IGroupDirectory groups, IRoleResolver roles)
{
    public void Check(AssigneeRule rule, string path, FormContext form, Problems problems)
    {
        if (rule is null)
        {
            problems.Add(DefinitionCodes.AssigneeInvalid, path, "An assignee rule is missing.");
            return;
        }

        switch (rule.Kind)
        {
            case AssigneeKind.Member:
                if (Value(rule, path, "a member id", problems) is { } memberId)
                {
                    MemberExists(memberId, path + ".value", DefinitionCodes.AssigneeInvalid, problems);
                }

                break;
            case AssigneeKind.Department:
                if (Value(rule, path, "a department id", problems) is { } department && structure.FindDepartment(department) is null)
                {
                    problems.Add(DefinitionCodes.AssigneeInvalid, path + ".value", $"There is no department '{department}'.");
                }

                break;
            case AssigneeKind.Post:
                if (Value(rule, path, "a post id", problems) is { } post && structure.FindPost(post) is null)
                {
                    problems.Add(DefinitionCodes.AssigneeInvalid, path + ".value", $"There is no post '{post}'.");
                }

                break;
            case AssigneeKind.Group:
                if (Value(rule, path, "a group id", problems) is { } group && groups.FindGroup(group) is null)
                {
                    problems.Add(DefinitionCodes.AssigneeInvalid, path + ".value", $"There is no group '{group}'.");
                }

                break;
            case AssigneeKind.Role:
                if (Value(rule, path, "a role code", problems) is { } fixedRole)
                {
                    RoleOfKind(fixedRole, RoleKind.Fixed, path + ".value", DefinitionCodes.AssigneeInvalid, problems);
                }

                break;
            case AssigneeKind.RelativeRole:
                if (Value(rule, path, "a relative role code", problems) is { } relativeRole)
                {
                    RoleOfKind(relativeRole, RoleKind.Relative, path + ".value", DefinitionCodes.AssigneeInvalid, problems);
                }

                break;
            case AssigneeKind.Submitter:
                break;
            case AssigneeKind.MemberField:
                Field(rule, path, FieldType.Member, "member picker", form, problems);
                break;
            case AssigneeKind.DepartmentField:
                Field(rule, path, FieldType.Department, "department picker", form, problems);
                break;
            case AssigneeKind.RolePerDepartmentField:
                Field(rule, path, FieldType.Department, "department picker", form, problems);
                if (Value(rule, path, "a relative role code", problems) is { } perDepartment)
                {
                    RoleOfKind(perDepartment, RoleKind.Relative, path + ".value", DefinitionCodes.AssigneeInvalid, problems);
                }

                break;
            default:
                problems.Add(DefinitionCodes.AssigneeInvalid, path + ".kind", $"Unknown assignee kind '{rule.Kind}'.");
                break;
        }
    }

    /// <summary>Reports when <paramref name="memberId"/> names no member, or a disabled one.</summary>
    public void MemberExists(string memberId, string path, string code, Problems problems)
    {
        var member = members.FindMember(memberId);
        if (member is null)
        {
            problems.Add(code, path, $"There is no member '{memberId}'.");
        }
        else if (!member.IsEnabled)
        {
            problems.Add(code, path, $"Member '{member.Name}' ({memberId}) is disabled.");
        }
    }

    /// <summary>Reports when <paramref name="code"/> names no role, or one of the other kind (null: any kind).</summary>
    public void RoleOfKind(string code, RoleKind? kind, string path, string problemCode, Problems problems)
    {
        var role = roles.FindRole(code);
        if (role is null)
        {
            problems.Add(problemCode, path, $"There is no role '{code}'.");
        }
        else if (kind is { } wanted && role.Kind != wanted)
        {
            problems.Add(problemCode, path, wanted == RoleKind.Relative
                ? $"Role '{code}' is a fixed role; use the 'role' kind for it (this kind needs a relative role such as a department head)."
                : $"Role '{code}' is a relative role; use the 'relativeRole' kind for it (the 'role' kind needs a fixed role).");
        }
    }

    private static string? Value(AssigneeRule rule, string path, string what, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(rule.Value))
        {
            problems.Add(DefinitionCodes.AssigneeInvalid, path + ".value", $"A '{WorkflowJson.Name(rule.Kind)}' rule needs {what} as its value.");
            return null;
        }

        return rule.Value;
    }

    private static void Field(AssigneeRule rule, string path, FieldType type, string what, FormContext form, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(rule.Field))
        {
            problems.Add(DefinitionCodes.AssigneeInvalid, path + ".field", $"A '{WorkflowJson.Name(rule.Kind)}' rule needs the key of a {what} field.");
            return;
        }

        if (!form.Declared)
        {
            problems.Add(DefinitionCodes.AssigneeInvalid, path + ".field", $"The rule reads field '{rule.Field}' but the process has no form (formKey).");
            return;
        }

        if (form.Facts is not { } facts)
        {
            return;
        }

        // A top-level field, or a sub-table column (table.column) listing one value per row.
        var field = facts.At(rule.Field);
        if (field is null)
        {
            problems.Add(DefinitionCodes.AssigneeInvalid, path + ".field", $"Form '{facts.Key}' has no field '{rule.Field}' (sub-table columns are written 'table.column').");
        }
        else if (field.Type != type)
        {
            problems.Add(DefinitionCodes.AssigneeInvalid, path + ".field", $"Field '{rule.Field}' is a {WorkflowJson.Name(field.Type)} field; this rule needs a {what} ({WorkflowJson.Name(type)}).");
        }
    }
}
