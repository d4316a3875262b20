namespace Platform.Apps.News.Categories;

/// <summary>
/// A news category (栏目). Who may do what is a list of organisation principal tokens per role (see
/// <see cref="Access.NewsAccess"/>). Stored in <c>news_categories</c>; the lists are JSON columns.
/// </summary>
internal sealed class Category
{
    public const int KeyMaxLength = 64;
    public const int NameMaxLength = 100;

    /// <summary>The category every article goes to when no other is named; created by the migration that added categories.</summary>
    public const string DefaultKey = "general";

    public required string Key { get; init; }

    public required string Name { get; set; }

    /// <summary>Who drafts, edits and submits articles (principal tokens).</summary>
    public List<string> Editors { get; set; } = [];

    /// <summary>Who withdraws, pins and sees read receipts (principal tokens); the review process names who approves.</summary>
    public List<string> Reviewers { get; set; } = [];

    /// <summary>Who reads published articles (principal tokens; <c>everyone</c> for all members).</summary>
    public List<string> Readers { get; set; } = [];

    /// <summary>Key of the workflow process that reviews submitted articles; <see langword="null"/>: published without review.</summary>
    public string? ReviewProcessKey { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
