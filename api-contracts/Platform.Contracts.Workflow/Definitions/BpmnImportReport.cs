namespace Platform.Contracts.Workflow.Definitions;

/// <summary>
/// The import report: every element of the file that has an id appears in <see cref="Mapped"/> or <see cref="Unmapped"/>
/// (or both, when something of it was lost), in file order; so do vendor attributes and id-less elements that matter.
/// BPMN diagram interchange is one entry per diagram.
/// </summary>
public sealed record BpmnImportReport
{
    /// <summary>Elements that became part of a definition, with what they became.</summary>
    public required IReadOnlyList<BpmnElementNote> Mapped { get; init; }

    /// <summary>Elements that were not mapped (or only partly), with the reason.</summary>
    public required IReadOnlyList<BpmnElementNote> Unmapped { get; init; }

    /// <summary>Conditions kept out of the definition because they are written in another language, verbatim.</summary>
    public required IReadOnlyList<BpmnForeignCondition> ForeignConditions { get; init; }
}
