namespace Platform.Contracts.Workflow.Definitions;

/// <summary>One problem found when checking a definition.</summary>
/// <param name="Code">Stable code, e.g. <c>workflow.definition.unreachable_node</c>.</param>
/// <param name="Path">Where: <c>nodes[3].approval.assignees[0].value</c>, <c>flows[2].condition</c>, …</param>
/// <param name="Message">What is wrong, for the person who must fix it.</param>
public sealed record DefinitionProblem(string Code, string Path, string Message);
