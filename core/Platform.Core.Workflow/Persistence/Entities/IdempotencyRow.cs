namespace Platform.Core.Workflow.Persistence.Entities;

/// <summary>The remembered result of an action sent with an idempotency key (<c>wf_idempotency</c>).</summary>
internal sealed class IdempotencyRow
{
    public required string ActorId { get; init; }

    public required string Key { get; init; }

    /// <summary>What was done (start or the action kind), so a key reused for another operation is refused.</summary>
    public required string Operation { get; init; }

    /// <summary>The outcome as JSON.</summary>
    public required string Result { get; init; }

    public required long AtTicks { get; init; }
}
