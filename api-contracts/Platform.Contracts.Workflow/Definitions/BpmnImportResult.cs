namespace Platform.Contracts.Workflow.Definitions;

/// <summary>What a BPMN import produced: the definition to review and publish, and what could not be mapped.</summary>
public sealed record BpmnImportResult
{
    /// <summary>The mapped process.</summary>
    public required ProcessDefinition Definition { get; init; }

    /// <summary>
    /// One definition per embedded BPMN sub-process that has content, keyed <c>&lt;key&gt;.&lt;sub-process id&gt;</c>; the
    /// parent's sub-process node names that key. Publish these before the parent.
    /// </summary>
    public required IReadOnlyList<ProcessDefinition> SubProcesses { get; init; }

    /// <summary>Every element of the file with what became of it.</summary>
    public required BpmnImportReport Report { get; init; }

    /// <summary>
    /// The definition checks' findings (paths of sub-process definitions start with <c>subProcesses[i].</c>); empty when
    /// the checks were not run or found nothing.
    /// </summary>
    public required IReadOnlyList<DefinitionProblem> Problems { get; init; }

    /// <summary>Whether the definition checks ran.</summary>
    public bool Checked { get; init; }
}
