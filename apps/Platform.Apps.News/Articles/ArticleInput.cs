namespace Platform.Apps.News.Articles;

/// <summary>The body of <c>POST /articles</c>. Nullable so that a missing field becomes a field error, not a 400 on binding.</summary>
internal sealed record ArticleInput(string? Title, string? Body);
