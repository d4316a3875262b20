namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Handling-time figures (绩效) over completed and open work items.</summary>
/// <param name="GroupBy">How rows are grouped.</param>
public sealed record FiguresQuery(FiguresGrouping GroupBy)
{
    /// <summary>Only this process.</summary>
    public string? ProcessKey { get; init; }

    /// <summary>Only work assigned at or after.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only work assigned before.</summary>
    public DateTimeOffset? To { get; init; }
}
