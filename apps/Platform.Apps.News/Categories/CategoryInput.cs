namespace Platform.Apps.News.Categories;

/// <summary>
/// The body of <c>PUT /categories/{key}</c>. Lists hold principal tokens (<c>member:ID</c>, <c>dept:ID</c>,
/// <c>dept-tree:ID</c>, <c>role:CODE</c>, <c>post:ID</c>, <c>unit:ID</c>, <c>group:ID</c>, <c>everyone</c>).
/// Nullable so that a missing field becomes a field error or its default, not a 400 on binding.
/// </summary>
internal sealed record CategoryInput(string? Name, List<string>? Editors, List<string>? Reviewers, List<string>? Readers, string? ReviewProcessKey);
