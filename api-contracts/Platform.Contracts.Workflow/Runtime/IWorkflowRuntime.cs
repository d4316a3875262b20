namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Starts instances and applies operations, each atomically and audited, as the current member.</summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance; the submitter's start node completes at once and the process moves on.</summary>
    /// <param name="request">What to start.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<InstanceSummary> StartAsync(StartProcess request, CancellationToken cancellationToken);

    /// <summary>Applies an operation. Fails with a <c>PlatformException</c> when it is not allowed (<c>workflow.*</c> codes).</summary>
    /// <param name="action">The operation.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<ActionOutcome> ActAsync(WorkflowAction action, CancellationToken cancellationToken);

    /// <summary>Migrates an instance to another version with an explicit node mapping (administrators).</summary>
    /// <param name="request">The migration.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<InstanceSummary> MigrateAsync(MigrateInstance request, CancellationToken cancellationToken);
}
