using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>Plans units and departments: new ones parents first, changed ones compared field by field.</summary>
internal static class StructurePlanner
{
    public static void Plan(PlanContext context)
    {
        PlanUnits(context);
        PlanDepartments(context);
    }

    private static void PlanUnits(PlanContext context)
    {
        var (document, index, existing, ids, plan) = context;
        var tally = plan.Tallies["units"];
        var inserts = new List<UnitRow>();
        foreach (var (unit, code) in PlanContext.Firsts(document.Units, index.Units, u => u.Code))
        {
            var name = unit.Name ?? "";
            var row = new UnitRow
            {
                Id = ids.Unit(code)!,
                Code = code,
                Name = name,
                ShortName = ImportText.Clean(unit.ShortName) ?? name,
                ParentId = ids.Unit(ImportText.Clean(unit.Parent)),
            };
            var stored = existing.Units.ByCode(code);
            var changed = stored is not null && (stored.Name != row.Name || stored.ShortName != row.ShortName || stored.ParentId != row.ParentId);
            tally.Count(stored is null, changed);
            (stored is null ? inserts : changed ? plan.Units.Updates : null)?.Add(row);
        }

        plan.Units.Inserts.AddRange(ParentsFirst.Order(inserts, u => u.Id, u => u.ParentId));
    }

    private static void PlanDepartments(PlanContext context)
    {
        var (document, index, existing, ids, plan) = context;
        var tally = plan.Tallies["departments"];
        var inserts = new List<DepartmentRow>();
        foreach (var (department, code) in PlanContext.Firsts(document.Departments, index.Departments, d => d.Code))
        {
            var row = new DepartmentRow
            {
                Id = ids.Department(code)!,
                Code = code,
                Name = department.Name ?? "",
                UnitId = ids.Unit(department.Unit) ?? "",
                ParentId = ids.Department(ImportText.Clean(department.Parent)),
                SortOrder = department.SortOrder ?? 0,
            };
            var stored = existing.Departments.ByCode(code);
            var changed = stored is not null && (stored.Name != row.Name || stored.UnitId != row.UnitId
                || stored.ParentId != row.ParentId || stored.SortOrder != row.SortOrder);
            tally.Count(stored is null, changed);
            (stored is null ? inserts : changed ? plan.Departments.Updates : null)?.Add(row);
        }

        plan.Departments.Inserts.AddRange(ParentsFirst.Order(inserts, d => d.Id, d => d.ParentId));
    }
}
