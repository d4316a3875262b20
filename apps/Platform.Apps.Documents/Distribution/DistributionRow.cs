namespace Platform.Apps.Documents.Distribution;

/// <summary>An approved outgoing document sent to a department (交换). Stored in <c>documents_distributions</c>.</summary>
internal sealed class DistributionRow
{
    public required string Id { get; init; }

    public required string DocumentId { get; init; }

    public required string DepartmentId { get; init; }

    /// <summary>One of <see cref="DistributionStatus"/>.</summary>
    public required string Status { get; set; }

    public required string SentBy { get; init; }

    public DateTimeOffset SentAt { get; init; }

    public string? HandledBy { get; set; }

    public DateTimeOffset? HandledAt { get; set; }

    /// <summary>Why it was returned.</summary>
    public string? Reason { get; set; }
}

/// <summary>Values of <see cref="DistributionRow.Status"/>.</summary>
internal static class DistributionStatus
{
    public const string AwaitingSignFor = "awaiting_sign_for";

    public const string SignedFor = "signed_for";

    public const string Returned = "returned";
}
