namespace Platform.Core.Forms.Processing;

/// <summary>The stable codes of record-data errors (docs/forms.md lists each). Codes never change meaning.</summary>
internal static class FieldErrorCodes
{
    public const string Required = "required";
    public const string UnknownField = "unknown_field";
    public const string Type = "type";
    public const string TooLong = "too_long";
    public const string TooShort = "too_short";
    public const string TooLarge = "too_large";
    public const string OutOfRange = "out_of_range";
    public const string Precision = "precision";
    public const string Pattern = "pattern";
    public const string NotAnOption = "not_an_option";
    public const string Duplicate = "duplicate";
    public const string TooFewRows = "too_few_rows";
    public const string TooManyRows = "too_many_rows";
    public const string UnknownReference = "unknown_reference";
    public const string DisabledReference = "disabled_reference";
    public const string InvalidDate = "invalid_date";
    public const string InvalidAttachment = "invalid_attachment";
    public const string ReadOnly = "read_only";
    public const string Hidden = "hidden";
    public const string Computed = "computed";
    public const string ComputeFailed = "compute_failed";
}
