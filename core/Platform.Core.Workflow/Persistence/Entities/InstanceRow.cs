namespace Platform.Core.Workflow.Persistence.Entities;

/// <summary>A process instance (<c>wf_instances</c>). <see cref="State"/> holds the node runs as JSON.</summary>
internal sealed class InstanceRow
{
    public required string Id { get; init; }

    public required string ProcessKey { get; set; }

    public required int Version { get; set; }

    public required string Title { get; set; }

    public string? App { get; set; }

    public string? RecordId { get; set; }

    public required string SubmitterId { get; init; }

    public string? SubmitterDepartmentId { get; set; }

    public string? ParentId { get; init; }

    public string? ParentRunId { get; init; }

    /// <summary>InstanceStatus as its camelCase name.</summary>
    public required string Status { get; set; }

    /// <summary>Concurrency token; raised by every change.</summary>
    public long Revision { get; set; }

    public required long StartedAtTicks { get; init; }

    public long? EndedAtTicks { get; set; }

    /// <summary>Node runs, join arrivals and urge times (InstanceState as JSON).</summary>
    public required string State { get; set; }
}
