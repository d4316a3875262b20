using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>
/// Rules for <c>members</c>: code, login (unique ignoring case, also against stored members the document leaves alone),
/// name, e-mail, mobile, and the department, post and level of the primary and every concurrent position.
/// </summary>
internal static class MemberChecks
{
    public static void Run(ImportCheck check)
    {
        var members = check.Document.Members ?? [];
        // Keyed by the login as written, compared ignoring case: the same equality as the stored upper-invariant key,
        // without building that key for every member.
        var logins = new Dictionary<string, int>(members.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < members.Count; i++)
        {
            var path = new ItemPath("members", i);
            if (members[i] is not { } member)
            {
                check.MissingItem(path);
                continue;
            }

            check.Text(path, "code", member.Code, ImportLimits.Code, required: true);
            check.UniqueCode(path, member.Code, check.Index.Members);
            if (check.Text(path, "login", member.Login, ImportLimits.Login, required: true)
                && !logins.TryAdd(member.Login!, i))
            {
                check.Add(path.At("login"), ImportErrorCodes.Duplicate, $"Login '{member.Login}' is already used by members[{logins[member.Login!]}] (logins ignore case).");
            }

            check.Text(path, "name", member.Name, ImportLimits.Name, required: true);
            if (check.Text(path, "email", member.Email, ImportLimits.Email, required: false) && !ImportText.LooksLikeEmail(member.Email!))
            {
                check.Add(path.At("email"), ImportErrorCodes.Format, $"'{member.Email}' is not an e-mail address.");
            }

            check.Text(path, "mobile", member.Mobile, ImportLimits.Mobile, required: false);
            Position(check, path, member.Department, member.Post, member.Level);
            var concurrent = member.Concurrent ?? [];
            for (var j = 0; j < concurrent.Count; j++)
            {
                var positionPath = path.Nested("concurrent", j);
                if (concurrent[j] is not { } position)
                {
                    check.MissingItem(positionPath);
                    continue;
                }

                Position(check, positionPath, position.Department, position.Post, position.Level);
            }
        }

        CheckLoginsOfStoredMembers(check, members, logins);
    }

    private static void Position(ImportCheck check, ItemPath path, string? department, string? post, string? level)
    {
        if (check.Required(path, "department", department))
        {
            check.Department(path, "department", department);
        }

        check.Post(path, "post", post);
        check.Level(path, "level", level);
    }

    /// <summary>A stored member the document leaves alone keeps its login; nobody in the document may take it.</summary>
    private static void CheckLoginsOfStoredMembers(ImportCheck check, IReadOnlyList<MemberRecord?> members, Dictionary<string, int> logins)
    {
        foreach (var stored in check.Existing.Members.Rows)
        {
            if (!check.Index.Members.ContainsKey(stored.Code) && logins.TryGetValue(stored.LoginKey, out var i))
            {
                check.Add(
                    new ItemPath("members", i).At("login"),
                    ImportErrorCodes.Duplicate,
                    $"Login '{members[i]!.Login}' already belongs to member '{stored.Code}' (logins ignore case).");
            }
        }
    }
}
