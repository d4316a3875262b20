namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Starts an instance of a published process for the current member (the submitter).</summary>
/// <param name="ProcessKey">Definition key.</param>
/// <param name="Title">Title shown in to-do lists.</param>
public sealed record StartProcess(string ProcessKey, string Title)
{
    /// <summary>The form record the instance runs on (required when the process names a form).</summary>
    public string? RecordId { get; init; }

    /// <summary>Version to start; null for the latest.</summary>
    public int? Version { get; init; }

    /// <summary>The submitter's department when the submitter holds several positions; default: the primary one.</summary>
    public string? DepartmentId { get; init; }

    /// <summary>A key that makes a retried start return the first start's result instead of starting twice.</summary>
    public string? IdempotencyKey { get; init; }
}
