namespace Platform.Contracts.Workflow.Definitions;

/// <summary>
/// Maps a BPMN 2.0 file onto process definitions (docs/workflow.md, "BPMN import"). Nothing is published: the caller
/// reviews the result and publishes. Every element that is not mapped, and every condition written in a foreign
/// language, is reported; nothing is guessed.
/// </summary>
public interface IBpmnImporter
{
    /// <summary>
    /// Reads <paramref name="bpmn"/> and maps it. Fails with <c>workflow.bpmn_invalid</c> (line and column in the field
    /// error) when the file is not well-formed XML, is not a BPMN 2.0 <c>definitions</c> document or has no process.
    /// </summary>
    /// <param name="bpmn">The BPMN XML.</param>
    /// <param name="options">Key, name, and whether to check the result.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<BpmnImportResult> ImportAsync(Stream bpmn, BpmnImportOptions options, CancellationToken cancellationToken);
}
