namespace Platform.Core.Workflow.Persistence.Entities;

/// <summary>A published, immutable process version (<c>wf_definitions</c>).</summary>
internal sealed class ProcessVersionRow
{
    public required string Key { get; init; }

    public required int Version { get; init; }

    public required string Name { get; init; }

    public string? App { get; init; }

    public string? FormKey { get; init; }

    /// <summary>The definition as JSON (WorkflowJson options).</summary>
    public required string Definition { get; init; }

    public required long PublishedAtTicks { get; init; }
}
