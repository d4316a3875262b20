using Platform.Contracts.Errors;

namespace Platform.Apps.News.Articles;

/// <summary>Field rules shared by the HTTP endpoints and the <c>PublishNewsArticle</c> request.</summary>
internal static class ArticleRules
{
    public static void Check(string? title, string? body, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new FieldError("title", "required", "An article needs a title."));
        }
        else if (title.Trim().Length > Article.TitleMaxLength)
        {
            errors.Add(new FieldError("title", "length", $"The title is longer than {Article.TitleMaxLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add(new FieldError("body", "required", "An article needs a body."));
        }
        else if (body.Length > Article.BodyMaxLength)
        {
            errors.Add(new FieldError("body", "length", $"The body is longer than {Article.BodyMaxLength} characters."));
        }
    }
}
