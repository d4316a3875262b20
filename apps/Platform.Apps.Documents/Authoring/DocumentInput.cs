namespace Platform.Apps.Documents.Authoring;

/// <summary>The body of <c>POST /documents</c>. Nullable so that a missing field becomes a field error, not a 400 on binding.</summary>
internal sealed record DocumentInput(string? Title, string? Body);
