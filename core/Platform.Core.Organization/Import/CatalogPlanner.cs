using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>Plans posts and job levels.</summary>
internal static class CatalogPlanner
{
    public static void Plan(PlanContext context)
    {
        var (document, index, existing, ids, plan) = context;
        var posts = plan.Tallies["posts"];
        foreach (var (post, code) in PlanContext.Firsts(document.Posts, index.Posts, p => p.Code))
        {
            var row = new PostRow { Id = ids.Post(code)!, Code = code, Name = post.Name ?? "" };
            var stored = existing.Posts.ByCode(code);
            var changed = stored is not null && stored.Name != row.Name;
            posts.Count(stored is null, changed);
            (stored is null ? plan.Posts.Inserts : changed ? plan.Posts.Updates : null)?.Add(row);
        }

        var levels = plan.Tallies["levels"];
        foreach (var (level, code) in PlanContext.Firsts(document.Levels, index.Levels, l => l.Code))
        {
            var row = new LevelRow { Id = ids.Level(code)!, Code = code, Name = level.Name ?? "", Rank = level.Rank ?? 0 };
            var stored = existing.Levels.ByCode(code);
            var changed = stored is not null && (stored.Name != row.Name || stored.Rank != row.Rank);
            levels.Count(stored is null, changed);
            (stored is null ? plan.Levels.Inserts : changed ? plan.Levels.Updates : null)?.Add(row);
            if (stored is not null && stored.Rank != row.Rank)
            {
                plan.RankMoves.Add(row);
            }
        }

        var lowest = existing.Levels.Rows.Select(l => l.Rank).Concat(plan.Levels.Updates.Concat(plan.Levels.Inserts).Select(l => l.Rank)).Append(0).Min();
        plan.FreeRankBelow = lowest - 1;
    }
}
