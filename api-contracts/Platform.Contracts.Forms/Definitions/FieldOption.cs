namespace Platform.Contracts.Forms.Definitions;

/// <summary>An option of a select field.</summary>
/// <param name="Value">The stored value.</param>
/// <param name="Label">What people see.</param>
public sealed record FieldOption(string Value, string Label);
