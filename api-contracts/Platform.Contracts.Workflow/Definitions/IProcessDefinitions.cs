namespace Platform.Contracts.Workflow.Definitions;

/// <summary>Checks, publishes and finds process definitions.</summary>
public interface IProcessDefinitions
{
    /// <summary>
    /// Checks a definition without publishing it: structure (one start, reachable nodes, every node reaches an end, joins
    /// matched to splits, exclusive nodes with exactly one default), assignee rules against the organization, conditions in
    /// the expression language, field keys against the form. Every problem is reported; empty when sound.
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<IReadOnlyList<DefinitionProblem>> CheckAsync(ProcessDefinition definition, CancellationToken cancellationToken);

    /// <summary>Checks and publishes a new immutable version. Fails with <c>workflow.definition_invalid</c> listing every problem.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<PublishedProcess> PublishAsync(ProcessDefinition definition, CancellationToken cancellationToken);

    /// <summary>A published version (<paramref name="version"/> null: the latest), or null.</summary>
    /// <param name="key">Definition key.</param>
    /// <param name="version">Version, or null for the latest.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<PublishedProcess?> FindAsync(string key, int? version, CancellationToken cancellationToken);

    /// <summary>The latest version of every definition.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<IReadOnlyList<PublishedProcess>> ListAsync(CancellationToken cancellationToken);
}
