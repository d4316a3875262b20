using Platform.Contracts.Forms.Permissions;

namespace Platform.Core.Forms.Processing;

/// <summary>
/// Applies a <see cref="FieldPermissionProfile"/> as its contract says: a listed key wins, others get the default; a
/// column inherits its table's access unless listed as <c>table.column</c>; a hidden table hides every column.
/// </summary>
internal static class AccessResolver
{
    public static FieldAccess Of(FieldPermissionProfile profile, FieldPlan field) =>
        profile.Fields.TryGetValue(field.Key, out var access) ? access : profile.Default;

    /// <summary>
    /// A column's access. A table that is required at this node must have rows; its columns inherit that as
    /// editable (only a column listed as required itself must be filled in every row).
    /// </summary>
    public static FieldAccess OfColumn(FieldPermissionProfile profile, FieldAccess tableAccess, FieldPlan column)
    {
        if (tableAccess == FieldAccess.Hidden)
        {
            return FieldAccess.Hidden;
        }

        if (profile.Fields.TryGetValue(column.AccessKey, out var access))
        {
            return access;
        }

        return tableAccess == FieldAccess.Required ? FieldAccess.Editable : tableAccess;
    }
}
