namespace Platform.Apps.News.Articles;

/// <summary>The body of <c>POST /articles</c> and <c>PUT /articles/{id}</c>. Nullable so that a missing field becomes a field error, not a 400 on binding.</summary>
/// <param name="Category">Category key; <c>general</c> when left out on create, unchanged when left out on update.</param>
/// <param name="Title">Title, at most 200 characters.</param>
/// <param name="Body">Plain text or Markdown.</param>
internal sealed record ArticleInput(string? Category, string? Title, string? Body);

/// <summary>The body of <c>POST /articles/{id}/submit</c> (optional).</summary>
/// <param name="PublishAt">When to publish once approved; now when left out or in the past.</param>
internal sealed record SubmitInput(DateTimeOffset? PublishAt);
