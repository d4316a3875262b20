namespace Platform.Contracts.Workflow.Definitions;

/// <summary>An immutable published version of a process definition.</summary>
/// <param name="Key">The definition key.</param>
/// <param name="Version">Version number, from 1.</param>
/// <param name="Definition">The definition as published.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record PublishedProcess(string Key, int Version, ProcessDefinition Definition, DateTimeOffset PublishedAt);
