namespace Platform.Apps.News.Articles;

/// <summary>Where an article is in its life. Only <see cref="Published"/> exists until review comes.</summary>
internal static class ArticleStatus
{
    public const string Published = "published";
}
