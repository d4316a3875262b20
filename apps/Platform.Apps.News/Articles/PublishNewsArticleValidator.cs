using Platform.Apps.Api.News;
using Platform.Contracts.Errors;
using Platform.Contracts.Messaging;

namespace Platform.Apps.News.Articles;

/// <summary>Field rules of <see cref="PublishNewsArticle"/>; the kernel runs it before the handler, whoever sends the request.</summary>
internal sealed class PublishNewsArticleValidator : IRequestValidator<PublishNewsArticle>
{
    public ValueTask<IReadOnlyList<FieldError>> ValidateAsync(PublishNewsArticle request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors.Add(new FieldError("title", "required", "An article needs a title."));
        }
        else if (request.Title.Trim().Length > Article.TitleMaxLength)
        {
            errors.Add(new FieldError("title", "length", $"The title is longer than {Article.TitleMaxLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(request.Body))
        {
            errors.Add(new FieldError("body", "required", "An article needs a body."));
        }

        if (string.IsNullOrWhiteSpace(request.Source?.App) || string.IsNullOrWhiteSpace(request.Source.Id))
        {
            errors.Add(new FieldError("source", "required", "The request must name the app and item the article comes from."));
        }

        return ValueTask.FromResult<IReadOnlyList<FieldError>>(errors);
    }
}
