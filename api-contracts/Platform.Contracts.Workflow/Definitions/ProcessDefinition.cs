namespace Platform.Contracts.Workflow.Definitions;

/// <summary>
/// A process model (docs/workflow.md): nodes joined by flows. Published definitions are immutable versions; running
/// instances stay on the version they started with.
/// </summary>
public sealed record ProcessDefinition
{
    /// <summary>Stable key, e.g. <c>leave-request</c>: lower-case letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Key of the form the process runs on; instances start on a record of this form. Optional for processes without form data.</summary>
    public string? FormKey { get; init; }

    /// <summary>The app that owns the process (e.g. <c>documents</c>); to-do lists filter by it. Also the agent scope.</summary>
    public string? App { get; init; }

    /// <summary>Optional description.</summary>
    public string? Description { get; init; }

    /// <summary>The nodes: exactly one <see cref="NodeType.Start"/>, at least one <see cref="NodeType.End"/>.</summary>
    public required IReadOnlyList<NodeDefinition> Nodes { get; init; }

    /// <summary>The flows between nodes.</summary>
    public required IReadOnlyList<FlowDefinition> Flows { get; init; }
}
