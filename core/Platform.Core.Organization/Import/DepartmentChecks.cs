namespace Platform.Core.Organization.Import;

/// <summary>
/// Rules for <c>departments</c>: code, name, unit, a parent in the same unit, no cycle among parents, and no
/// sub-department left behind in the old unit when a department moves to another one.
/// </summary>
internal static class DepartmentChecks
{
    public static void Run(ImportCheck check)
    {
        var departments = check.Document.Departments ?? [];
        for (var i = 0; i < departments.Count; i++)
        {
            var path = new ItemPath("departments", i);
            if (departments[i] is not { } department)
            {
                check.MissingItem(path);
                continue;
            }

            check.Text(path, "code", department.Code, ImportLimits.Code, required: true);
            check.UniqueCode(path, department.Code, check.Index.Departments);
            check.Text(path, "name", department.Name, ImportLimits.Name, required: true);
            check.Required(path, "unit", department.Unit);
            var unit = check.Unit(path, "unit", department.Unit);
            if (check.Department(path, "parent", department.Parent) is { } parent && unit is not null
                && UnitOf(check, parent) is { } parentUnit && parentUnit != unit)
            {
                check.Add(path.At("parent"), ImportErrorCodes.WrongUnit, $"Parent department '{parent}' is in unit '{parentUnit}', not in '{unit}'.");
            }
        }

        var onCycles = CycleFinder.OnCycles(check.Index.Departments.Keys, code => ParentOf(check, code));
        foreach (var (code, i) in check.Index.Departments)
        {
            if (onCycles.Contains(code))
            {
                check.Add(new ItemPath("departments", i).At("parent"), ImportErrorCodes.Cycle, $"Department '{code}' would be its own ancestor.");
            }
        }

        CheckChildrenLeftBehind(check);
    }

    /// <summary>A stored sub-department not in the document keeps its unit; its parent may not move to another unit without it.</summary>
    private static void CheckChildrenLeftBehind(ImportCheck check)
    {
        var existing = check.Existing.Departments;
        foreach (var child in existing.Rows)
        {
            if (child.ParentId is null || check.Index.Departments.ContainsKey(child.Code)
                || existing.CodeOf(child.ParentId) is not { } parent || !check.Index.Departments.TryGetValue(parent, out var i))
            {
                continue;
            }

            var childUnit = check.Existing.Units.CodeOf(child.UnitId);
            var newUnit = ImportText.Clean(check.Document.Departments![i]!.Unit);
            if (newUnit is not null && newUnit != childUnit && (check.Index.Units.ContainsKey(newUnit) || check.Existing.Units.HasCode(newUnit)))
            {
                check.Add(
                    new ItemPath("departments", i).At("unit"),
                    ImportErrorCodes.WrongUnit,
                    $"Sub-department '{child.Code}' (not in the document) stays in unit '{childUnit}'; list it with the new unit too.");
            }
        }
    }

    private static string? UnitOf(ImportCheck check, string departmentCode) =>
        check.Index.Departments.TryGetValue(departmentCode, out var i)
            ? ImportText.Clean(check.Document.Departments![i]!.Unit)
            : check.Existing.Units.CodeOf(check.Existing.Departments.ByCode(departmentCode)?.UnitId);

    private static string? ParentOf(ImportCheck check, string code) =>
        check.Index.Departments.TryGetValue(code, out var i)
            ? ImportText.Clean(check.Document.Departments![i]!.Parent)
            : check.Existing.Departments.CodeOf(check.Existing.Departments.ByCode(code)?.ParentId);
}
