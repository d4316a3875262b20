namespace Platform.Contracts.Forms.Permissions;

/// <summary>
/// Field permissions at one workflow node. <see cref="Fields"/> maps a field key — or <c>table.column</c> for a
/// sub-table column — to its access; fields not listed get <see cref="Default"/>. A column inherits its table's access
/// unless listed itself; a hidden table hides its columns.
/// </summary>
/// <param name="Fields">Access per field or column.</param>
/// <param name="Default">Access of fields not listed.</param>
public sealed record FieldPermissionProfile(IReadOnlyDictionary<string, FieldAccess> Fields, FieldAccess Default = FieldAccess.Editable)
{
    /// <summary>Everything editable: what the drafter of a new record gets when no node applies.</summary>
    public static FieldPermissionProfile AllEditable { get; } = new(new Dictionary<string, FieldAccess>());
}
