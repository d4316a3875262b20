using Platform.Contracts.Messaging;

namespace Platform.Apps.Api.News;

/// <summary>
/// Asks the News app to publish an article on behalf of another app (e.g. an approved document).
/// Handled by the News app; when it is not installed, sending fails with <c>messaging.no_handler</c>.
/// </summary>
/// <param name="Title">Article title.</param>
/// <param name="Body">Article body.</param>
/// <param name="Source">The item the article comes from.</param>
public sealed record PublishNewsArticle(string Title, string Body, SourceReference Source) : ICommand<PublishedNewsArticle>
{
    /// <summary>Category code to publish into; the News app's default category when <see langword="null"/>.</summary>
    public string? Category { get; init; }
}
