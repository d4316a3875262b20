namespace Platform.Core.Organization.Import;

/// <summary>Rules for <c>units</c>: code, name, short name, parent, and no cycle among parents.</summary>
internal static class UnitChecks
{
    public static void Run(ImportCheck check)
    {
        var units = check.Document.Units ?? [];
        for (var i = 0; i < units.Count; i++)
        {
            var path = new ItemPath("units", i);
            if (units[i] is not { } unit)
            {
                check.MissingItem(path);
                continue;
            }

            check.Text(path, "code", unit.Code, ImportLimits.Code, required: true);
            check.UniqueCode(path, unit.Code, check.Index.Units);
            check.Text(path, "name", unit.Name, ImportLimits.Name, required: true);
            check.Text(path, "shortName", unit.ShortName, ImportLimits.Name, required: false);
            check.Unit(path, "parent", unit.Parent);
        }

        var onCycles = CycleFinder.OnCycles(check.Index.Units.Keys, code => ParentOf(check, code));
        foreach (var (code, i) in check.Index.Units)
        {
            if (onCycles.Contains(code))
            {
                check.Add(new ItemPath("units", i).At("parent"), ImportErrorCodes.Cycle, $"Unit '{code}' would be its own ancestor.");
            }
        }
    }

    /// <summary>The parent's code after the import: the document's word for units in it, the database's for the others.</summary>
    private static string? ParentOf(ImportCheck check, string code) =>
        check.Index.Units.TryGetValue(code, out var i)
            ? ImportText.Clean(check.Document.Units![i]!.Parent)
            : check.Existing.Units.CodeOf(check.Existing.Units.ByCode(code)?.ParentId);
}
