namespace Platform.Contracts.Workflow.Runtime;

/// <summary>An instance as lists show it.</summary>
/// <param name="Id">Instance id.</param>
/// <param name="ProcessKey">Definition key.</param>
/// <param name="Version">Definition version the instance runs on.</param>
/// <param name="Title">Title.</param>
/// <param name="SubmitterId">Member who started it.</param>
/// <param name="Status">Status.</param>
/// <param name="Revision">Concurrency revision; raised by every change.</param>
/// <param name="StartedAt">When it started.</param>
public sealed record InstanceSummary(string Id, string ProcessKey, int Version, string Title, string SubmitterId, InstanceStatus Status, long Revision, DateTimeOffset StartedAt)
{
    /// <summary>The app that owns the process.</summary>
    public string? App { get; init; }

    /// <summary>The form record.</summary>
    public string? RecordId { get; init; }

    /// <summary>When it ended (approved, terminated, cancelled).</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Nodes with open work.</summary>
    public IReadOnlyList<string> ActiveNodes { get; init; } = [];

    /// <summary>The parent instance, for a sub-process.</summary>
    public string? ParentId { get; init; }
}
