namespace Platform.Contracts.Workflow.Definitions;

/// <summary>Choices for one BPMN import.</summary>
public sealed record BpmnImportOptions
{
    /// <summary>Key of the definition; default: the process id, lower-cased and reduced to the key syntax.</summary>
    public string? Key { get; init; }

    /// <summary>Display name of the definition; default: the process name, else its id.</summary>
    public string? Name { get; init; }

    /// <summary>Whether to run the definition checks (<see cref="IProcessDefinitions.CheckAsync"/>) on the result.</summary>
    public bool Check { get; init; } = true;
}
