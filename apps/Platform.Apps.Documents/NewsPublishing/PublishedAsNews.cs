namespace Platform.Apps.Documents.NewsPublishing;

/// <summary>The answer of <c>POST /documents/{id}/publish-as-news</c>: the News article and its status there.</summary>
internal sealed record PublishedAsNews(string DocumentId, string ArticleId, string Status);
