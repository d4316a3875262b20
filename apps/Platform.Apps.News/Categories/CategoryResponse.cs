namespace Platform.Apps.News.Categories;

/// <summary>A category as the API returns it, with what the current member may do in it.</summary>
internal sealed record CategoryResponse(
    string Key,
    string Name,
    IReadOnlyList<string> Editors,
    IReadOnlyList<string> Reviewers,
    IReadOnlyList<string> Readers,
    string? ReviewProcessKey,
    bool CanEdit,
    bool CanReview)
{
    public static CategoryResponse From(Category category, Access.NewsAccess access) => new(
        category.Key,
        category.Name,
        category.Editors,
        category.Reviewers,
        category.Readers,
        category.ReviewProcessKey,
        access.CanEdit(category),
        access.CanReview(category));
}
