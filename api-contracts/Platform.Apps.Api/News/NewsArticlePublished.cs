using MediatR;

namespace Platform.Apps.Api.News;

/// <summary>Published by the News app after an article went live (after its transaction committed).</summary>
/// <param name="ArticleId">Id of the article.</param>
/// <param name="Title">Article title.</param>
/// <param name="PublishedAt">When it went live.</param>
/// <param name="Source">The item in another app the article came from, if any.</param>
public sealed record NewsArticlePublished(string ArticleId, string Title, DateTimeOffset PublishedAt, SourceReference? Source) : INotification;
