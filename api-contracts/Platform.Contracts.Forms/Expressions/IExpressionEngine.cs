using System.Text.Json.Nodes;

namespace Platform.Contracts.Forms.Expressions;

/// <summary>
/// The one expression language shared by forms (validation rules, computed fields) and workflow conditions, so a
/// condition means the same everywhere (docs/expressions.md). Side-effect free; evaluated in a sandbox with limits on
/// time, memory and recursion; never reaches .NET types, files or the network.
/// </summary>
public interface IExpressionEngine
{
    /// <summary>Checks an expression without running it; every problem with its position. Empty when it is sound.</summary>
    /// <param name="expression">The expression.</param>
    IReadOnlyList<ExpressionError> Check(string expression);

    /// <summary>
    /// Evaluates an expression over <paramref name="data"/> (form values by key; sub-tables as arrays of rows, with
    /// <c>table.column</c> giving the column's values) and extra <paramref name="variables"/>. Fails with a
    /// <c>PlatformException</c> (<c>expression.invalid</c>, <c>expression.failed</c> or <c>expression.limit_exceeded</c>).
    /// </summary>
    /// <param name="expression">The expression.</param>
    /// <param name="data">Form values.</param>
    /// <param name="variables">Extra names, e.g. <c>applicant</c> facts from the organization engine.</param>
    JsonNode? Evaluate(string expression, JsonObject data, IReadOnlyDictionary<string, JsonNode?>? variables = null);

    /// <summary>Evaluates a condition: the result's truth (null, false, 0 and "" are false).</summary>
    /// <param name="expression">The condition.</param>
    /// <param name="data">Form values.</param>
    /// <param name="variables">Extra names.</param>
    bool IsTrue(string expression, JsonObject data, IReadOnlyDictionary<string, JsonNode?>? variables = null);
}
