namespace Platform.Core.Organization.Import;

/// <summary>Rules for <c>groups</c>: code, name, and members that exist, each listed once.</summary>
internal static class GroupChecks
{
    public static void Run(ImportCheck check)
    {
        var groups = check.Document.Groups ?? [];
        for (var i = 0; i < groups.Count; i++)
        {
            var path = new ItemPath("groups", i);
            if (groups[i] is not { } group)
            {
                check.MissingItem(path);
                continue;
            }

            check.Text(path, "code", group.Code, ImportLimits.Code, required: true);
            check.UniqueCode(path, group.Code, check.Index.Groups);
            check.Text(path, "name", group.Name, ImportLimits.Name, required: true);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var members = group.Members ?? [];
            for (var j = 0; j < members.Count; j++)
            {
                var member = ImportText.Clean(members[j]);
                var memberPath = $"{path}.members[{j}]";
                if (member is null)
                {
                    check.Add(memberPath, ImportErrorCodes.Required, "A member code is required here.");
                }
                else if (!check.Index.Members.ContainsKey(member) && !check.Existing.Members.HasCode(member))
                {
                    check.Add(memberPath, ImportErrorCodes.UnknownReference, $"No member with code '{member}' in the document or the database.");
                }
                else if (!seen.TryAdd(member, j))
                {
                    check.Add(memberPath, ImportErrorCodes.Duplicate, $"Member '{member}' is already listed at {path}.members[{seen[member]}].");
                }
            }
        }
    }
}
