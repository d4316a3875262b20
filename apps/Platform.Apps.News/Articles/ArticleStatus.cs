namespace Platform.Apps.News.Articles;

/// <summary>Where an article is in its life (docs/news.md, Articles).</summary>
internal static class ArticleStatus
{
    /// <summary>Being written; editable. A review that returned to the start brings it back here.</summary>
    public const string Draft = "draft";

    /// <summary>Submitted; its review instance is running.</summary>
    public const string InReview = "in_review";

    /// <summary>Approved (or needing no review) and waiting for its publish time.</summary>
    public const string Scheduled = "scheduled";

    /// <summary>Live: readers of the category see it.</summary>
    public const string Published = "published";

    /// <summary>Taken down after publication (or before its scheduled time); editable and submittable again.</summary>
    public const string Withdrawn = "withdrawn";

    public static bool IsEditable(string status) => status is Draft or Withdrawn;
}
