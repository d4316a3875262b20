namespace Platform.Apps.Api;

/// <summary>Points at the item in another app that a message is about.</summary>
/// <param name="App">Module id of the app that owns the item, e.g. <c>documents</c>.</param>
/// <param name="Id">The item's id within that app.</param>
public sealed record SourceReference(string App, string Id);
