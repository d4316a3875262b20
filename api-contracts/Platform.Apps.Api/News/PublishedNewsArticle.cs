namespace Platform.Apps.Api.News;

/// <summary>The News app's answer to <see cref="PublishNewsArticle"/>.</summary>
/// <param name="ArticleId">Id of the created article.</param>
/// <param name="Status">The article's status after the request, e.g. <c>published</c> or <c>in_review</c>.</param>
public sealed record PublishedNewsArticle(string ArticleId, string Status);
