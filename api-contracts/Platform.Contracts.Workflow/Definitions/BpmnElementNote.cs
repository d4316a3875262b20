namespace Platform.Contracts.Workflow.Definitions;

/// <summary>One BPMN element in the import report.</summary>
/// <param name="ElementId">The element's <c>id</c> attribute; null when it has none.</param>
/// <param name="ElementType">The element's kind: its BPMN local name (<c>userTask</c>), or <c>prefix:name</c> for vendor extensions (<c>camunda:assignee</c>).</param>
/// <param name="Name">The element's <c>name</c> attribute, when it has one.</param>
/// <param name="Line">Line in the file, from 1.</param>
/// <param name="Message">What the element became, or why it was not mapped.</param>
public sealed record BpmnElementNote(string? ElementId, string ElementType, string? Name, int Line, string Message);
