namespace Platform.Contracts.Forms.Definitions;

/// <summary>An immutable published version of a form.</summary>
/// <param name="Key">Form key.</param>
/// <param name="Version">Version number, from 1.</param>
/// <param name="Definition">The definition as published.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record PublishedForm(string Key, int Version, FormDefinition Definition, DateTimeOffset PublishedAt);
