namespace Platform.Contracts.Errors;

/// <summary>One problem with one field of the input.</summary>
/// <param name="Field">Path of the field, e.g. <c>title</c> or <c>items[3].amount</c>.</param>
/// <param name="Code">Stable, machine-readable code, e.g. <c>required</c> or <c>too_long</c>.</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record FieldError(string Field, string Code, string Message);
