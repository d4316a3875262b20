using System.Text.Json.Nodes;

namespace Platform.Contracts.Forms.Records;

/// <summary>A condition on a queryable field.</summary>
/// <param name="Field">Queryable field key.</param>
/// <param name="Operator">Comparison: <c>eq</c>, <c>ne</c>, <c>lt</c>, <c>le</c>, <c>gt</c>, <c>ge</c>, <c>contains</c> (text).</param>
/// <param name="Value">The value to compare with.</param>
public sealed record RecordFilter(string Field, string Operator, JsonNode? Value);
