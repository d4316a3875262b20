namespace Platform.Apps.Documents.Types;

/// <summary>The body of <c>PUT /types/{key}</c>. Nullable so that a missing field becomes a field error.</summary>
internal sealed record DocumentTypeInput(
    string? Name,
    string? Direction,
    string? UnitId,
    string? FormKey,
    string? ProcessKey,
    string? NumberPattern,
    string? NewsCategory);
