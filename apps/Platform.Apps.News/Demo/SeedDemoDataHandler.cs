using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Apps.Api.Demo;
using Platform.Apps.News.Articles;
using Platform.Apps.News.Categories;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Persistence;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Apps.News.Demo;

/// <summary>
/// <c>platform demo seed</c>: the demo review process <c>news-review</c> (the office director approves) and three
/// categories — <c>announcements</c> (通知公告: the office edits, no review; Documents publishes approved documents
/// here), <c>news</c> (机关新闻: the office and the IT centre edit, reviewed by <c>news-review</c>) and
/// <c>it-notices</c> (信息中心通知: read only by the IT centre) — with a few published articles, one pinned.
/// Idempotent: what exists is left as it is.
/// </summary>
internal sealed class SeedDemoDataHandler(NewsDbContext db, IUnitOfWork unitOfWork, IProcessDefinitions processes, TimeProvider clock)
    : INotificationHandler<SeedDemoData>
{
    public const string ReviewProcessKey = "news-review";

    public Task Handle(SeedDemoData notification, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            var members = notification.Members;
            var departments = notification.Departments;
            var director = members.GetValueOrDefault("director");
            var office = departments.GetValueOrDefault("demo-office");
            var it = departments.GetValueOrDefault("demo-it");
            if (director is null || office is null || it is null)
            {
                return;
            }

            if (await processes.FindAsync(ReviewProcessKey, null, ct) is null)
            {
                await processes.PublishAsync(ReviewProcess(director), ct);
            }

            var now = clock.GetUtcNow();
            var created = new HashSet<string>(StringComparer.Ordinal);
            await AddCategoryAsync(created, "announcements", "通知公告", [$"dept:{office}"], [$"member:{director}"], ["everyone"], null, now, ct);
            await AddCategoryAsync(created, "news", "机关新闻", [$"dept:{office}", $"dept:{it}"], [$"member:{director}"], ["everyone"], ReviewProcessKey, now, ct);
            await AddCategoryAsync(created, "it-notices", "信息中心通知", [$"dept:{it}"], [$"member:{members.GetValueOrDefault("liu") ?? director}"], [$"dept:{it}"], null, now, ct);
            await db.SaveChangesAsync(ct);

            // Articles only in categories created by this run: a second run adds nothing.
            var author = members.GetValueOrDefault("zhang") ?? director;
            AddArticle(created, "announcements", "关于2027年元旦放假安排的通知", "根据国务院办公厅通知精神，2027年元旦放假1天，1月1日（星期五）放假。请各科室做好值班安排。", author, now.AddDays(-3), pinned: true);
            AddArticle(created, "news", "市政府办公室召开年度工作总结会", "12月10日，市政府办公室召开年度工作总结会，总结全年工作，部署明年重点任务。", author, now.AddDays(-2), pinned: false);
            AddArticle(created, "news", "信息中心完成办公系统升级", "信息中心完成协同办公平台升级，公文、新闻等应用已上线试运行。", members.GetValueOrDefault("liu") ?? author, now.AddDays(-1), pinned: false);
            AddArticle(created, "it-notices", "机房例行维护通知", "本周六 9:00–12:00 机房例行维护，期间内网服务短暂中断。", members.GetValueOrDefault("liu") ?? author, now.AddHours(-5), pinned: false);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);

    private static ProcessDefinition ReviewProcess(string directorId) => new()
    {
        Key = ReviewProcessKey,
        Name = "新闻审核",
        App = NewsModule.Id,
        Description = "News articles submitted in reviewed categories: the office director approves or returns them.",
        Nodes =
        [
            new NodeDefinition { Id = "submit", Name = "提交", Type = NodeType.Start },
            new NodeDefinition
            {
                Id = "review", Name = "审核", Type = NodeType.Approval,
                Approval = new ApprovalSettings { Assignees = [new AssigneeRule { Kind = AssigneeKind.Member, Value = directorId }] },
            },
            new NodeDefinition { Id = "end", Name = "发布", Type = NodeType.End },
        ],
        Flows =
        [
            new FlowDefinition { Id = "f1", From = "submit", To = "review" },
            new FlowDefinition { Id = "f2", From = "review", To = "end" },
        ],
    };

    private async Task AddCategoryAsync(HashSet<string> created, string key, string name, List<string> editors, List<string> reviewers, List<string> readers, string? process, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Categories.AnyAsync(c => c.Key == key, cancellationToken))
        {
            return;
        }

        created.Add(key);
        db.Categories.Add(new Category
        {
            Key = key, Name = name, Editors = editors, Reviewers = reviewers, Readers = readers, ReviewProcessKey = process,
            CreatedAt = now, UpdatedAt = now,
        });
    }

    private void AddArticle(HashSet<string> created, string category, string title, string body, string author, DateTimeOffset publishedAt, bool pinned)
    {
        if (!created.Contains(category))
        {
            return;
        }

        db.Articles.Add(new Article
        {
            Id = Guid.CreateVersion7(publishedAt).ToString(),
            CategoryKey = category,
            Title = title,
            Body = body,
            Status = ArticleStatus.Published,
            AuthorId = author,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            PublishedAt = publishedAt,
            Pinned = pinned,
            PinnedAt = pinned ? publishedAt : null,
        });
    }
}
