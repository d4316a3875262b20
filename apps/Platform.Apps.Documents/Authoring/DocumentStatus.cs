namespace Platform.Apps.Documents.Authoring;

/// <summary>Where a document is in its life. Only <see cref="Draft"/> exists until approval comes.</summary>
internal static class DocumentStatus
{
    public const string Draft = "draft";
}
