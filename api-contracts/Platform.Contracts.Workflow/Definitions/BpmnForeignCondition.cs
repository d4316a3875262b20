namespace Platform.Contracts.Workflow.Definitions;

/// <summary>A sequence-flow condition kept out of the definition, verbatim: the flow was mapped without it.</summary>
/// <param name="FlowId">The sequence flow's id.</param>
/// <param name="Language">The expression language URI (e.g. <c>http://www.w3.org/1999/XPath</c>), as declared or inherited from <c>definitions</c>.</param>
/// <param name="Expression">The condition text, unchanged.</param>
/// <param name="Line">Line in the file, from 1.</param>
/// <param name="Reason">Why it was not taken over (foreign language, or not valid in the expression language).</param>
public sealed record BpmnForeignCondition(string FlowId, string Language, string Expression, int Line, string Reason);
