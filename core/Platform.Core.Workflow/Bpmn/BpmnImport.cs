using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Bpmn;

/// <summary>The BPMN importer for callers outside the running engine, such as the <c>platform workflow import-bpmn</c> command.</summary>
public static class BpmnImport
{
    /// <summary>An importer that decides conditions with <paramref name="expressions"/> and, when given, checks with <paramref name="definitions"/>.</summary>
    /// <param name="expressions">The expression language (from the form engine).</param>
    /// <param name="definitions">The definition checks, or null to map without checking.</param>
    public static IBpmnImporter Create(IExpressionEngine expressions, IProcessDefinitions? definitions = null)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        return new BpmnImporter(expressions, definitions);
    }

    /// <summary>The result as the HTTP API writes it (camelCase, enums as names, nulls left out), indented.</summary>
    /// <param name="result">An import result.</param>
    public static string ToJson(BpmnImportResult result) =>
        System.Text.Json.JsonSerializer.Serialize(result, new System.Text.Json.JsonSerializerOptions(WorkflowJson.Options) { WriteIndented = true });

    /// <summary>A definition as the HTTP API writes it, indented — what <c>POST /api/workflow/definitions</c> takes.</summary>
    /// <param name="definition">A definition.</param>
    public static string ToJson(ProcessDefinition definition) =>
        System.Text.Json.JsonSerializer.Serialize(definition, new System.Text.Json.JsonSerializerOptions(WorkflowJson.Options) { WriteIndented = true });
}
