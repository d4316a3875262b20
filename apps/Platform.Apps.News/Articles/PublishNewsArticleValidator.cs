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
        ArticleRules.Check(request.Title, request.Body, errors);
        if (string.IsNullOrWhiteSpace(request.Source?.App) || string.IsNullOrWhiteSpace(request.Source.Id))
        {
            errors.Add(new FieldError("source", "required", "The request must name the app and item the article comes from."));
        }
        else if (request.Source.App.Length > 64 || request.Source.Id.Length > 64)
        {
            errors.Add(new FieldError("source", "length", "The source's app and id are at most 64 characters each."));
        }

        return ValueTask.FromResult<IReadOnlyList<FieldError>>(errors);
    }
}
