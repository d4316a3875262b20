namespace Platform.Core.Organization.Import;

/// <summary>Rules for <c>posts</c> and <c>levels</c>: code, name, and for levels a rank no other level holds afterwards.</summary>
internal static class CatalogChecks
{
    public static void Run(ImportCheck check)
    {
        var posts = check.Document.Posts ?? [];
        for (var i = 0; i < posts.Count; i++)
        {
            var path = new ItemPath("posts", i);
            if (posts[i] is not { } post)
            {
                check.MissingItem(path);
                continue;
            }

            check.Text(path, "code", post.Code, ImportLimits.Code, required: true);
            check.UniqueCode(path, post.Code, check.Index.Posts);
            check.Text(path, "name", post.Name, ImportLimits.Name, required: true);
        }

        // Ranks after the import: stored levels the document leaves alone keep theirs.
        var holders = new Dictionary<int, string>();
        foreach (var stored in check.Existing.Levels.Rows.Where(l => !check.Index.Levels.ContainsKey(l.Code)))
        {
            holders[stored.Rank] = $"level '{stored.Code}'";
        }

        var levels = check.Document.Levels ?? [];
        for (var i = 0; i < levels.Count; i++)
        {
            var path = new ItemPath("levels", i);
            if (levels[i] is not { } level)
            {
                check.MissingItem(path);
                continue;
            }

            check.Text(path, "code", level.Code, ImportLimits.Code, required: true);
            check.UniqueCode(path, level.Code, check.Index.Levels);
            check.Text(path, "name", level.Name, ImportLimits.Name, required: true);
            if (level.Rank is not { } rank)
            {
                check.Add(path.At("rank"), ImportErrorCodes.Required, "'rank' is required.");
            }
            else if (!holders.TryAdd(rank, $"levels[{i}]"))
            {
                check.Add(path.At("rank"), ImportErrorCodes.Duplicate, $"Rank {rank} is already held by {holders[rank]}.");
            }
        }
    }
}
